import { useTranslation } from 'react-i18next';
import { findSection } from '../../../domain/plan';
import { supplierContactCount } from '../../../domain/rules/peopleRules';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { CsvImport } from '../people/CsvImport';
import { useReferencedRemoval } from '../people/RemoveReferencedDialog';
import { StepFindings } from '../../findings/StepFindings';

/** The systems of the IT inventory that name this supplier as their vendor. */
function SupportedSystems({ supplier }: { supplier: ListItem }) {
  const { t } = useTranslation();
  const systems = useListSection('systems') ?? [];
  const section = findSection('systems');
  const titleField = section?.kind === 'list' ? section.titleField : 'name';
  const names = systems
    .filter((system) => system.vendor === supplier.id)
    .map((system) => String(system[titleField] ?? ''));
  return (
    <p className="supported-systems">
      <strong>{t('peoplePlaces.supportedSystems')}</strong>{' '}
      {names.length > 0 ? names.join(', ') : t('peoplePlaces.noSupportedSystems')}
    </p>
  );
}

/** IT providers and other external contacts, with contract, SLA and two contacts each. */
export function SuppliersStep() {
  const { t } = useTranslation();
  const { confirmRemove, dialog } = useReferencedRemoval('suppliers');
  const hasInventory = Boolean(findSection('systems'));
  return (
    <div className="suppliers-step">
      <StepFindings step="suppliers" />
      {dialog}
      <CsvImport section="suppliers" />
      <ListSectionEditor
        section="suppliers"
        columns={['name', 'category', 'emergencyLine']}
        rowFlag={(supplier) => (supplierContactCount(supplier) < 2 ? t('peoplePlaces.fewContacts') : null)}
        confirmRemove={confirmRemove}
        itemFooter={hasInventory ? (supplier) => <SupportedSystems supplier={supplier} /> : undefined}
      />
    </div>
  );
}
