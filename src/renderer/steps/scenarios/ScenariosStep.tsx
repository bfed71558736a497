import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import { useWarningSelection } from '../health/followWarning';
import { StepHealthWarnings } from '../health/StepHealthWarnings';
import { PlaybookSteps } from './PlaybookSteps';
import { PlaybookTemplatePicker } from './PlaybookTemplatePicker';

/** The scenario playbooks: the list of scenarios, and the steps of the one that is open. */
export function ScenariosStep() {
  const { t } = useTranslation();
  const scenarios = useListSection('scenarios');
  const steps = useListSection('scenarioSteps');
  // Loaded here so the reference fields of the scenario form can show names.
  useListSection('risks');
  useListSection('services');
  useListSection('systems');
  useListSection('suppliers');
  useListSection('locations');
  const { follow, propsFor, selected, select } = useWarningSelection(['scenarios']);
  const open = scenarios?.find((scenario) => scenario.id === selected.scenarios);

  return (
    <div className="scenarios-step">
      <StepHealthWarnings
        step="scenarios"
        onFollow={(warning) => {
          if (warning.section === 'scenarioSteps') {
            const owner = steps?.find((step) => step.id === warning.itemId)?.scenario;
            if (typeof owner === 'string') follow({ section: 'scenarios', itemId: owner });
          } else if (warning.section === 'scenarios') {
            follow(warning);
          }
          // A high risk without a playbook is fixed by adding a scenario here: nothing to open.
        }}
      />
      <h3>{t('lists.scenarios.title')}</h3>
      <PlaybookTemplatePicker onAdded={(id) => select('scenarios', id)} />
      <ListSectionEditor section="scenarios" columns={['title', 'threat', 'location']} {...propsFor('scenarios')} />
      {open ? (
        <PlaybookSteps key={open.id} scenario={open} />
      ) : (
        scenarios && scenarios.length > 0 && <p className="muted">{t('risksIncidents.playbook.none')}</p>
      )}
    </div>
  );
}
