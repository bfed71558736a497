import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PlanWarning } from '../../../domain/rules/warnings';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useStore } from '../../store';
import { ContinuityWarnings } from '../priorities/ContinuityWarnings';
import { useFollowWarning, useFollowedSelection } from '../priorities/fieldFocus';
import { useContinuity } from '../priorities/useContinuity';
import { useWarningSelection } from '../health/followWarning';

/** Backups with their checks at the top: interval against RPO, off-site copy, restore tests. */
export function BackupsStep() {
  const { t } = useTranslation();
  const analysis = useContinuity();
  const selection = useFollowedSelection('backups');
  // "A critical system without backup", followed from the health overview, is fixed here.
  useWarningSelection(['systems']);
  const addItem = useStore((s) => s.addItem);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const follow = useFollowWarning();
  const warnings = analysis
    ? analysis.warnings.filter((w) => w.section === 'backups' || w.code === 'critical-system-without-backup')
    : [];

  const addBackupFor = async (warning: PlanWarning) => {
    const item = await addItem('backups', {
      name: t('servicesInventory.warnings.newBackupName', { system: warning.params.system || t('common.unnamed') }),
      systems: [warning.itemId],
    });
    if (item) follow({ section: 'backups', itemId: item.id, field: 'method' });
  };

  return (
    <div className="backups-step">
      <ContinuityWarnings
        warnings={warnings}
        action={(warning) =>
          warning.code === 'critical-system-without-backup' && !readOnly ? (
            <button type="button" className="inline-action" onClick={() => void addBackupFor(warning)}>
              <Plus size={14} aria-hidden="true" /> {t('servicesInventory.warnings.addBackupFor')}
            </button>
          ) : null
        }
      />
      <ListSectionEditor
        section="backups"
        columns={['name', 'systems', 'method', 'frequencyHours', 'lastRestoreTest']}
        {...selection}
      />
    </div>
  );
}
