import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTemporaryId } from '../store/unsavedChanges';
import { type Props, useActions } from './useActions';
import { clock } from './useActivation';

/** Free notes and decisions, each saved at once, and the whole log newest first. */
export function LogBox({ activation, data }: Props) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const [text, setText] = useState('');
  const save = async (kind: 'note' | 'decision') => {
    if (!text.trim()) return;
    const saved = await act.note(kind, text.trim());
    if (saved) setText('');
  };
  const events = [...data.view.events].reverse();
  return (
    <section className="action-card" aria-labelledby="log-title">
      <h3 id="log-title">{t('activation.log.title')}</h3>
      <textarea
        aria-labelledby="log-title"
        rows={3}
        value={text}
        placeholder={t('activation.log.placeholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="row-buttons">
        <button type="button" disabled={!text.trim()} onClick={() => void save('note')}>
          {t('activation.log.saveNote')}
        </button>
        <button type="button" disabled={!text.trim()} onClick={() => void save('decision')}>
          {t('activation.log.saveDecision')}
        </button>
      </div>
      <h4>{t('activation.log.timeline')}</h4>
      {events.length === 0 && <p className="muted">{t('activation.log.empty')}</p>}
      <ol className="log-list" data-testid="activation-log">
        {events.map((event) => (
          <li key={event.id} className={`log-${event.kind}`}>
            <time dateTime={event.at}>{clock(event.at)}</time>
            <span className="log-kind">
              {t(`choices.activationEventKind.${event.kind}`, { defaultValue: event.kind })}
            </span>
            <span className="log-text">
              {event.text}
              {event.by && <span className="muted"> — {event.by}</span>}
              {isTemporaryId(event.id) && <span className="log-kept"> · {t('activation.log.kept')}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
