import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { StepWarnings, useFieldNotes, useItemSelection, useStepWarnings } from '../people/StepWarnings';

/** Fallback locations: where to go, how to get in and what is there. */
export function LocationsStep() {
  const warnings = useStepWarnings('locations');
  const { follow, propsFor } = useItemSelection();
  const notesFor = useFieldNotes(warnings);
  return (
    <div className="locations-step">
      <StepWarnings warnings={warnings} onFollow={follow} />
      <ListSectionEditor section="locations" columns={['name', 'capacity', 'contact']} fieldNote={notesFor('locations')} {...propsFor('locations')} />
    </div>
  );
}
