import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useWarningSelection } from '../health/followWarning';
import { StepWarnings, useFieldNotes, useStepWarnings } from '../people/StepWarnings';

/** Fallback locations: where to go, how to get in and what is there. */
export function LocationsStep() {
  const warnings = useStepWarnings('locations');
  const { follow, propsFor } = useWarningSelection(['locations']);
  const notesFor = useFieldNotes(warnings);
  return (
    <div className="locations-step">
      <StepWarnings warnings={warnings} onFollow={follow} />
      <ListSectionEditor
        section="locations"
        columns={['name', 'capacity', 'contact']}
        fieldNote={notesFor('locations')}
        {...propsFor('locations')}
      />
    </div>
  );
}
