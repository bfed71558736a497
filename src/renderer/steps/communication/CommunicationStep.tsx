import { useTranslation } from 'react-i18next';
import { dateLanguage, formatDate } from '../../../i18n/dates';
import { localIsoDate } from '../../../domain/health';
import { fillTemplate } from '../../../domain/rules/templates';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection, useSingletonSection } from '../../forms/useSection';
import type { StoredItem } from '../../../domain/records';
import { useItemSelection } from '../../findings/useItemSelection';
import { StepFindings } from '../../findings/StepFindings';
import { NotificationDuties } from './NotificationDuties';

/** The template of the open audience, filled in with the organisation's name and sample values. */
function TemplatePreview({ entry }: { entry: StoredItem<'communication'> }) {
  const { t, i18n } = useTranslation();
  const organisation = useSingletonSection('organisation').data;
  const people = useListSection('people') ?? [];
  const template = entry.template;
  if (!template.trim()) return null;
  const spokesperson = people.find((person) => person.id === entry.spokesperson);
  const contact = spokesperson ? [spokesperson.name, spokesperson.workPhone].filter(Boolean).join(', ') : '';
  const today = formatDate(localIsoDate(new Date()), dateLanguage(i18n.language));
  const text = fillTemplate(template, {
    organisation: organisation?.name ?? '',
    service: t('risksIncidents.communication.sampleService'),
    expectedRecovery: t('risksIncidents.communication.sampleRecovery'),
    contact,
    date: today,
  });
  return (
    <section className="template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">{t('risksIncidents.communication.preview')}</h3>
      <p className="muted">{t('risksIncidents.communication.previewHint')}</p>
      <blockquote data-testid="template-preview">{text}</blockquote>
    </section>
  );
}

/** Per audience: when, who speaks, the channels (also when e-mail and phones are down) and a message template. */
export function CommunicationStep() {
  const { t } = useTranslation();
  const entries = useListSection('communication');
  useListSection('people');
  const { propsFor, selected } = useItemSelection();
  const open = entries?.find((entry) => entry.id === selected.communication);
  return (
    <div className="communication-step">
      <StepFindings step="communication" />
      <h3>{t('lists.communication.title')}</h3>
      <ListSectionEditor
        section="communication"
        columns={['audience', 'spokesperson', 'fallbackChannels']}
        {...propsFor('communication')}
      />
      {open && <TemplatePreview entry={open} />}
      <NotificationDuties {...propsFor('notificationDuties')} />
    </div>
  );
}
