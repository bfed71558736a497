import { Clock } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appendLogLine, logTime } from '../../../domain/rules/incidentLog';
import { useStore } from '../../store';
import type { ListItem } from '../../store/sectionsSlice';

/** Notes an action in the open incident's log with the current time, in one line, without scrolling. */
export function QuickLogNote({ incident, title }: { incident: ListItem; title: string }) {
  const { t } = useTranslation();
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const editItem = useStore((s) => s.editItem);
  const [text, setText] = useState('');
  const note = () => {
    if (!text.trim()) return;
    editItem('incidents', incident.id, { actions: appendLogLine(incident.actions, logTime(new Date()), text) });
    setText('');
  };
  return (
    <form
      className="quick-note"
      onSubmit={(event) => {
        event.preventDefault();
        note();
      }}
    >
      <label htmlFor="quick-note">{t('risksIncidents.incidents.quickNote', { title })}</label>
      <input
        id="quick-note"
        type="text"
        value={text}
        disabled={readOnly}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" disabled={readOnly || !text.trim()}>
        <Clock size={16} aria-hidden="true" /> {t('risksIncidents.incidents.note')}
      </button>
    </form>
  );
}
