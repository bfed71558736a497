import { Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { type Props, useActions } from './useActions';
import { nameOf, phoneOf } from './useActivation';

/** The one thing to do now, in large type, with the buttons that answer it. */
export function NowPanel({ activation, data }: Props) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  const { next } = data.view;
  let body;
  if (next.kind === 'call') {
    const phone = phoneOf(data.people, next.personId);
    body = (
      <>
        <p className="now-what">
          {t('activation.view.callNow', { name: nameOf(data.people, next.personId, 'name') || next.personId })}
        </p>
        <p className="now-detail">
          {t('activation.view.asRole', { role: nameOf(data.roles, next.roleId, 'name') })}
          {next.contactKind === 'deputy' && <strong className="now-deputy"> — {t('activation.view.deputyNow')}</strong>}
          {next.contactKind === 'successor' && (
            <strong className="now-deputy"> — {t('activation.view.successorNow')}</strong>
          )}
        </p>
        <p className="now-phone">
          {phone ? (
            <a href={`tel:${phone.replace(/\s+/g, '')}`}>
              <Phone size={22} aria-hidden="true" /> {phone}
            </a>
          ) : (
            <span className="muted">{t('activation.view.noPhone')}</span>
          )}
        </p>
        <div className="now-buttons">
          <button
            type="button"
            className="big primary"
            onClick={() => void act.call(next.roleId, next.personId, 'reached')}
          >
            {t('activation.buttons.reached')}
          </button>
          <button
            type="button"
            className="big"
            onClick={() => void act.call(next.roleId, next.personId, 'not-reached')}
          >
            {t('activation.buttons.notReached')}
          </button>
          <button
            type="button"
            className="big quiet"
            onClick={() => void act.call(next.roleId, next.personId, 'called')}
          >
            {t('activation.buttons.called')}
          </button>
        </div>
      </>
    );
  } else if (next.kind === 'step') {
    const step = data.view.steps.find((candidate) => candidate.stepId === next.stepId);
    const role = step?.roleId ?? '';
    const main = String(data.roles.find((candidate) => candidate.id === role)?.main ?? '');
    body = (
      <>
        <p className="now-what">{step?.action}</p>
        <p className="now-detail">
          {t('activation.view.stepRole', {
            role: nameOf(data.roles, role, 'name'),
            person: nameOf(data.people, main, 'name'),
          })}
          {step?.targetMinutes !== null &&
            step?.targetMinutes !== undefined &&
            ` · ${t('activation.steps.target', { minutes: step.targetMinutes })}`}
        </p>
        <div className="now-buttons">
          <button type="button" className="big primary" onClick={() => void act.step(next.stepId, 'done')}>
            {t('activation.buttons.done')}
          </button>
          <button type="button" className="big quiet" onClick={() => void act.step(next.stepId, 'skipped')}>
            {t('activation.buttons.skip')}
          </button>
        </div>
      </>
    );
  } else if (next.kind === 'reconstitution') {
    body = (
      <>
        <p className="now-what">{t('activation.view.reconNow', { item: t(`activation.recon.items.${next.key}`) })}</p>
        <div className="now-buttons">
          <button type="button" className="big primary" onClick={() => void act.recon(next.key, 'done')}>
            {t('activation.buttons.done')}
          </button>
          <button type="button" className="big quiet" onClick={() => void act.recon(next.key, 'skipped')}>
            {t('activation.buttons.skip')}
          </button>
        </div>
      </>
    );
  } else {
    body = <p className="now-what">{t('activation.view.closeNow')}</p>;
  }
  return (
    <section className="action-now" aria-labelledby="action-now-title" data-testid="action-now">
      <h3 id="action-now-title">{t('activation.view.now')}</h3>
      {body}
    </section>
  );
}
