import { useTranslation } from 'react-i18next';
import { dateLanguage, formatDate } from '../../../i18n/dates';
import { localIsoDate } from '../../../domain/health';
import { findSection } from '../../../domain/plan';
import { fillTemplate } from '../../../domain/rules/templates';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection, useSingletonSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';
import { useItemSelection } from '../../findings/useItemSelection';
import { StepFindings } from '../../findings/StepFindings';
import { NotificationDuties } from './NotificationDuties';

/** The template of the open audience, filled in with the organisation's name and sample values. */
function TemplatePreview({ entry }: { entry: ListItem }) {
  const { t, i18n } = useTranslation();
  const organisation = useSingletonSection('organisation').data;
  const people = useListSection('people') ?? [];
  const template = String(entry.template ?? '');
  if (!template.trim()) return null;
  const peopleSection = findSection('people');
  const nameField = peopleSection?.kind === 'list' ? peopleSection.titleField : 'name';
  const phoneField = peopleSection?.fields.find((f) => f.widget === 'phone' && !f.private)?.name;
  const spokesperson = people.find((person) => person.id === entry.spokesperson);
  const contact = spokesperson
    ? [spokesperson[nameField], phoneField ? spokesperson[phoneField] : ''].filter(Boolean).join(', ')
    : '';
  const today = formatDate(localIsoDate(new Date()), dateLanguage(i18n.language));
  const text = fillTemplate(template, {
    organisation: String(organisation?.name ?? ''),
    service: t('risksIncidents.communication.sampleService'),
    expectedRecovery: t('risksIncidents.communication.sampleRecovery'),
    contact: String(contact),
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
