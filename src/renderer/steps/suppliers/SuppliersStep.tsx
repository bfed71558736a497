import { useTranslation } from 'react-i18next';
import { supplierContactCount } from '../../../domain/rules/peopleRules';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { CsvImport } from '../people/CsvImport';
import { useReferencedRemoval } from '../people/RemoveReferencedDialog';
import { StepFindings } from '../../findings/StepFindings';

/** IT providers and other external contacts, with contract, SLA and two contacts each. */
export function SuppliersStep() {
  const { t } = useTranslation();
  const { confirmRemove, dialog } = useReferencedRemoval('suppliers');
  return (
    <div className="suppliers-step">
      <StepFindings step="suppliers" />
      {dialog}
      <CsvImport section="suppliers">
        <ListSectionEditor
          section="suppliers"
          columns={['name', 'category', 'emergencyLine']}
          rowFlag={(supplier) => (supplierContactCount(supplier) < 2 ? t('peoplePlaces.fewContacts') : null)}
          confirmRemove={confirmRemove}
        />
      </CsvImport>
    </div>
  );
}
