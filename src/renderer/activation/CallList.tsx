import { useTranslation } from 'react-i18next';
import { type Props, useActions } from './useActions';
import { clock, nameOf, phoneOf } from './useActivation';

/** The call tree as a checklist: per role, the contact to call now; the deputy shows as soon as the main contact is not reached. */
export function CallList({ activation, data }: Props) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const { calls } = data.view;
  return (
    <section className="action-card" aria-labelledby="calls-title">
      <h3 id="calls-title">{t('activation.calls.title')}</h3>
      {calls.length === 0 && <p className="muted">{t('activation.calls.empty')}</p>}
      <ol className="check-list">
        {calls.map((call) => (
          <li
            key={call.roleId}
            className={call.reached ? 'is-done' : call.exhausted ? 'is-problem' : ''}
            data-testid={`call-${call.roleId}`}
          >
            <div className="check-head">
              <strong>{nameOf(data.roles, call.roleId, 'name') || call.label}</strong>
              {call.label && <span className="muted"> · {call.label}</span>}
            </div>
            <ul className="contacts">
              {call.contacts.map((contact) => {
                const isCurrent = call.current?.personId === contact.personId;
                const phone = phoneOf(data.people, contact.personId);
                return (
                  <li key={contact.personId} className={isCurrent ? 'is-current' : ''}>
                    <span className="contact-name">
                      {nameOf(data.people, contact.personId, 'name') || contact.personId}
                      <span className="muted"> ({t(`activation.calls.${contact.kind}`)})</span>
                    </span>
                    {phone && (
                      <a className="contact-phone" href={`tel:${phone.replace(/\s+/g, '')}`}>
                        {phone}
                      </a>
                    )}
                    {contact.ticking && !contact.outcome && (
                      <span className="outcome outcome-reached">{t('activation.calls.ticking')}</span>
                    )}
                    {contact.outcome && (
                      <span className={`outcome outcome-${contact.outcome}`}>
                        {t(`choices.activationOutcome.${contact.outcome}`)} {clock(contact.at)}
                      </span>
                    )}
                    {isCurrent && (
                      <span className="row-buttons">
                        <button type="button" onClick={() => void act.call(call.roleId, contact.personId, 'reached')}>
                          {t('activation.buttons.reached')}
                        </button>
                        <button
                          type="button"
                          onClick={() => void act.call(call.roleId, contact.personId, 'not-reached')}
                        >
                          {t('activation.buttons.notReached')}
                        </button>
                        {contact.outcome !== 'called' && (
                          <button
                            type="button"
                            className="quiet"
                            onClick={() => void act.call(call.roleId, contact.personId, 'called')}
                          >
                            {t('activation.buttons.called')}
                          </button>
                        )}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            {call.exhausted && <p className="check-warning">{t('activation.calls.exhausted')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
