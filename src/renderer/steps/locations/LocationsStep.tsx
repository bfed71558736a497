import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { StepFindings } from '../../findings/StepFindings';

/** Fallback locations: where to go, how to get in and what is there. */
export function LocationsStep() {
  return (
    <div className="locations-step">
      <StepFindings step="locations" />
      <ListSectionEditor section="locations" columns={['name', 'capacity', 'contact']} />
    </div>
  );
}
