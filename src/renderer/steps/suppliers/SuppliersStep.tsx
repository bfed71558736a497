import { useTranslation } from 'react-i18next';
import { supplierContactCount } from '../../../domain/rules/peopleRules';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { CsvImport } from '../people/CsvImport';
import { StepWarnings, useItemSelection, useStepWarnings } from '../people/StepWarnings';

/** IT providers and other external contacts, with contract, SLA and two contacts each. */
export function SuppliersStep() {
  const { t } = useTranslation();
  const warnings = useStepWarnings('suppliers');
  const { follow, propsFor } = useItemSelection();
  return (
    <div className="suppliers-step">
      <StepWarnings warnings={warnings} onFollow={follow} />
      <CsvImport section="suppliers" />
      <ListSectionEditor
        section="suppliers"
        columns={['name', 'category', 'emergencyLine']}
        rowFlag={(supplier) => (supplierContactCount(supplier) < 2 ? t('peoplePlaces.fewContacts') : null)}
        {...propsFor('suppliers')}
      />
    </div>
  );
}
