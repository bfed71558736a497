import { warningsFor } from '../../../domain/rules/continuity';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { ContinuityWarnings } from '../priorities/ContinuityWarnings';
import { useFollowedSelection } from '../priorities/fieldFocus';
import { useContinuity } from '../priorities/useContinuity';
import { InventoryCsv } from './InventoryCsv';

/** The IT inventory: every system with its kind, supplier, owner and what it needs to work. */
export function InventoryStep() {
  const analysis = useContinuity();
  const selection = useFollowedSelection('systems');
  // Findings about backups are shown on the backups step, where they are fixed.
  const warnings = analysis ? warningsFor(analysis.warnings, 'systems').filter((w) => w.code !== 'critical-system-without-backup') : [];
  return (
    <div className="inventory-step">
      <ContinuityWarnings warnings={warnings} />
      <InventoryCsv />
      <ListSectionEditor section="systems" columns={['name', 'type', 'vendor', 'owner', 'location']} {...selection} />
    </div>
  );
}
