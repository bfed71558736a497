import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SYSTEM_TYPES } from '../../../domain/sections/systems';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import type { ListItem } from '../../store/sectionsSlice';
import { StepFindings } from '../../findings/StepFindings';
import { useContinuity } from '../priorities/useContinuity';
import { InventoryCsv } from './InventoryCsv';
import { PicturesPanel } from './PicturesPanel';
import { SystemUsage } from './SystemUsage';

/** The IT inventory: every system with its kind, supplier, owner and what it needs to work. */
export function InventoryStep() {
  const { t } = useTranslation();
  const analysis = useContinuity();
  const [kind, setKind] = useState('');
  // Stable, so the list keeps its rows between renders of the step.
  const ofKind = useMemo(() => (kind ? (item: ListItem) => item.type === kind : undefined), [kind]);
  const usage = useCallback((item: ListItem) => <SystemUsage system={item} analysis={analysis} />, [analysis]);
  return (
    <div className="inventory-step">
      <StepFindings step="inventory" />
      <InventoryCsv>
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
          itemFilter={ofKind}
          itemFooter={usage}
        />
      </InventoryCsv>
      <PicturesPanel />
    </div>
  );
}
