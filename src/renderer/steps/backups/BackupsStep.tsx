import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../domain/healthTypes';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useStore } from '../../store';
import { StepFindings } from '../../findings/StepFindings';

/** Backups with their checks at the top: interval against RPO, off-site copy, restore tests. */
export function BackupsStep() {
  const { t } = useTranslation();
  const addItem = useStore((s) => s.addItem);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const followFinding = useStore((s) => s.followFinding);

  const addBackupFor = async (warning: Finding) => {
    const item = await addItem('backups', {
      name: t('servicesInventory.warnings.newBackupName', { system: warning.params.system || t('common.unnamed') }),
      systems: warning.itemId ? [warning.itemId] : [],
    });
    if (item) followFinding({ step: 'backups', section: 'backups', itemId: item.id, field: 'method' });
  };

  return (
    <div className="backups-step">
      <StepFindings
        step="backups"
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
      />
    </div>
  );
}
