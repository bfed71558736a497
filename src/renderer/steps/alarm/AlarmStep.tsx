import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { SectionForm } from '../../forms/SectionForm';
import { useListSection } from '../../forms/useSection';
import { StepFindings } from '../../findings/StepFindings';
import { CallTreeView } from './CallTreeView';
import { EscalationThresholds } from './EscalationThresholds';

/** Incident levels with their criteria and triggers, escalation, and the call tree built from the roles. */
export function AlarmStep() {
  const { t } = useTranslation();
  useListSection('roles');
  return (
    <div className="alarm-step">
      <StepFindings step="alarm" />
      <SectionForm section="alarm" />
      <EscalationThresholds />
      <CallTreeView />
      <h3>{t('lists.callTree.title')}</h3>
      <ListSectionEditor section="callTree" columns={['label', 'role', 'fromLevel']} />
    </div>
  );
}
