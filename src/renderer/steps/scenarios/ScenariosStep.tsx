import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection } from '../../forms/useSection';
import { useItemSelection } from '../../findings/useItemSelection';
import { StepFindings } from '../../findings/StepFindings';
import { PlaybookChecks } from './PlaybookChecks';
import { PlaybookSteps } from './PlaybookSteps';
import { PlaybookTemplatePicker } from './PlaybookTemplatePicker';

/** The scenario playbooks: the list of scenarios, and the steps of the one that is open. */
export function ScenariosStep() {
  const { t } = useTranslation();
  const scenarios = useListSection('scenarios');
  const steps = useListSection('scenarioSteps');
  const checks = useListSection('playbookChecks');
  // Loaded here so the reference fields of the scenario form can show names.
  useListSection('risks');
  useListSection('services');
  useListSection('systems');
  useListSection('suppliers');
  useListSection('locations');
  const { propsFor, selected, select } = useItemSelection();
  const open = scenarios?.find((scenario) => scenario.id === selected.scenarios);

  return (
    <div className="scenarios-step">
      <StepFindings
        step="scenarios"
        followHere={(finding) => {
          // A check is edited under its playbook: open that playbook, and let the check's list take the finding.
          if (finding.section === 'playbookChecks') {
            const owner = checks?.find((check) => check.id === finding.itemId)?.scenario;
            if (typeof owner === 'string') select('scenarios', owner);
            return false;
          }
          // A playbook step is edited inside its playbook: open that playbook.
          if (finding.section !== 'scenarioSteps') return false;
          const owner = steps?.find((step) => step.id === finding.itemId)?.scenario;
          if (typeof owner === 'string') select('scenarios', owner);
          return true;
        }}
      />
      <h3>{t('lists.scenarios.title')}</h3>
      <PlaybookTemplatePicker onAdded={(id) => select('scenarios', id)} />
      <ListSectionEditor section="scenarios" columns={['title', 'threat', 'location']} {...propsFor('scenarios')} />
      {open ? (
        <>
          <PlaybookSteps key={open.id} scenario={open} />
          <PlaybookChecks key={`checks-${open.id}`} scenario={open} />
        </>
      ) : (
        scenarios && scenarios.length > 0 && <p className="muted">{t('risksIncidents.playbook.none')}</p>
      )}
    </div>
  );
}
