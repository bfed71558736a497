/** The organisation section with every required field filled in: its step counts as complete. */
export const everyRequiredOrganisationField = {
  name: 'Gemeente Testdorp',
  kind: 'municipality-netherlands',
  purpose: 'Dienstverlening hervatten',
  scope: 'Alle IT',
  emergencyDefinition: 'Uitval langer dan de RTO',
  activationCriteria: 'Incident niveau groot',
  activatedBy: 'Gemeentesecretaris',
  planOwner: 'IT-coördinator',
  nextReviewDate: '2027-01-01',
};
