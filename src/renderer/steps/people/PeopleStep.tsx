import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import type { ListItem } from '../../store/sectionsSlice';
import { StepFindings } from '../../findings/StepFindings';
import { useItemSelection } from '../../findings/useItemSelection';
import { CsvImport } from './CsvImport';
import { useReferencedRemoval } from './RemoveReferencedDialog';

/** Key people, the roles they fill (main contact and deputy) and the internal departments. */
export function PeopleStep() {
  const { t } = useTranslation();
  const { propsFor } = useItemSelection();
  const { confirmRemove, dialog } = useReferencedRemoval('people');
  const roleFlag = (role: ListItem): string | null => {
    if (!role.deputy) return t('peoplePlaces.noDeputy');
    if (role.deputy === role.main) return t('peoplePlaces.deputyIsMain');
    return null;
  };
  return (
    <div className="people-step">
      <StepFindings step="people" />
      {dialog}
      <h3>{t('lists.people.title')}</h3>
      <CsvImport section="people">
        <ListSectionEditor
          section="people"
          columns={['name', 'function', 'mobilePhone']}
          {...propsFor('people')}
          confirmRemove={confirmRemove}
        />
      </CsvImport>
      <h3>{t('lists.roles.title')}</h3>
      <ListSectionEditor
        section="roles"
        columns={['name', 'main', 'deputy']}
        rowFlag={roleFlag}
        {...propsFor('roles')}
      />
      <h3>{t('lists.departments.title')}</h3>
      <ListSectionEditor section="departments" columns={['name', 'contact']} {...propsFor('departments')} />
    </div>
  );
}
