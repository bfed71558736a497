import { SectionForm } from '../../forms/SectionForm';

export function OrganisationStep() {
  return <SectionForm section="organisation" />;
}
