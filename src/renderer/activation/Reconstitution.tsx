import { useTranslation } from 'react-i18next';
import { type Props, useActions } from './useActions';
import { clock } from './useActivation';

/** Reconstitution before closing: each item ticked or explicitly skipped. */
export function Reconstitution({ activation, data }: Props) {
  const { t } = useTranslation();
  const act = useActions({ activation, data });
  return (
    <section className="action-card" aria-labelledby="recon-title">
      <h3 id="recon-title">{t('activation.recon.title')}</h3>
      <p className="muted">{t('activation.recon.intro')}</p>
      <ol className="check-list">
        {data.view.reconstitution.map((item) => (
          <li key={item.key} className={item.state === 'open' ? '' : 'is-done'} data-testid={`recon-${item.key}`}>
            <div className="check-head">
              <span className="check-mark" aria-hidden="true">
                {item.state === 'done' ? '✓' : item.state === 'skipped' ? '–' : '○'}
              </span>
              <span className="check-text">{t(`activation.recon.items.${item.key}`)}</span>
            </div>
            {item.state !== 'open' && (
              <div className="check-meta">
                {t(item.state === 'done' ? 'activation.steps.doneAt' : 'activation.steps.skippedAt', {
                  time: clock(item.at),
                })}
                {item.by && ` ${t('activation.steps.byWhom', { by: item.by })}`}
              </div>
            )}
            {item.state === 'open' && (
              <span className="row-buttons">
                <button type="button" onClick={() => void act.recon(item.key, 'done')}>
                  {t('activation.buttons.done')}
                </button>
                <button type="button" className="quiet" onClick={() => void act.recon(item.key, 'skipped')}>
                  {t('activation.buttons.skip')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
