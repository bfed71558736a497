import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningsFor } from '../../../domain/rules/continuity';
import { SYSTEM_TYPES } from '../../../domain/sections/systems';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { ContinuityWarnings } from '../priorities/ContinuityWarnings';
import { useFollowedSelection } from '../priorities/fieldFocus';
import { useContinuity } from '../priorities/useContinuity';
import { InventoryCsv } from './InventoryCsv';
import { SystemUsage } from './SystemUsage';

/** The IT inventory: every system with its kind, supplier, owner and what it needs to work. */
export function InventoryStep() {
  const { t } = useTranslation();
  const analysis = useContinuity();
  const selection = useFollowedSelection('systems');
  const [kind, setKind] = useState('');
  // Findings about backups are shown on the backups step, where they are fixed.
  const warnings = analysis ? warningsFor(analysis.warnings, 'systems').filter((w) => w.code !== 'critical-system-without-backup') : [];
  return (
    <div className="inventory-step">
      <ContinuityWarnings warnings={warnings} />
      <InventoryCsv />
      <label className="kind-filter">
        {t('servicesInventory.inventory.typeFilter')}{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">{t('servicesInventory.inventory.allTypes')}</option>
          {SYSTEM_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`choices.systemType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <ListSectionEditor
        section="systems"
        columns={['name', 'type', 'vendor', 'owner', 'location']}
        itemFilter={kind ? (item) => item.type === kind : undefined}
        itemFooter={(item) => <SystemUsage system={item} analysis={analysis} />}
        rowLimit={{ max: 200, showAll: (hidden) => t('servicesInventory.inventory.showAll', { count: hidden }) }}
        {...selection}
      />
    </div>
  );
}
