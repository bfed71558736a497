import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import type { ListItem } from '../../store/sectionsSlice';
import { CsvImport } from './CsvImport';
import { findPersonUses } from './removePerson';
import { type PendingRemoval, RemovePersonDialog } from './RemovePersonDialog';
import { StepWarnings, useItemSelection, useStepWarnings } from './StepWarnings';

/** Key people, the roles they fill (main contact and deputy) and the internal departments. */
export function PeopleStep() {
  const { t } = useTranslation();
  const warnings = useStepWarnings('people');
  const { follow, propsFor } = useItemSelection();
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const confirmRemove = async (person: ListItem, name: string): Promise<boolean> => {
    const uses = await findPersonUses(person.id);
    if (uses.references.length === 0) return window.confirm(t('common.confirmRemove', { name }));
    return new Promise<boolean>((resolve) => setPending({ person, name, uses, resolve }));
  };
  const roleFlag = (role: ListItem): string | null => {
    if (!role.deputy) return t('peoplePlaces.noDeputy');
    if (role.deputy === role.main) return t('peoplePlaces.deputyIsMain');
    return null;
  };
  return (
    <div className="people-step">
      <StepWarnings warnings={warnings} onFollow={follow} />
      {pending && <RemovePersonDialog pending={pending} onDone={() => setPending(null)} />}
      <h3>{t('lists.people.title')}</h3>
      <CsvImport section="people" />
      <ListSectionEditor
        section="people"
        columns={['name', 'function', 'mobilePhone']}
        {...propsFor('people')}
        confirmRemove={confirmRemove}
      />
      <h3>{t('lists.roles.title')}</h3>
      <ListSectionEditor section="roles" columns={['name', 'main', 'deputy']} rowFlag={roleFlag} {...propsFor('roles')} />
      <h3>{t('lists.departments.title')}</h3>
      <ListSectionEditor section="departments" columns={['name', 'contact']} {...propsFor('departments')} />
    </div>
  );
}
