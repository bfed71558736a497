import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { countChanges } from '../store/unsavedChanges';
import { useActivationUi } from './activationUi';
import type { Props } from './useActions';

/**
 * Closing: allowed once reconstitution is ticked or skipped. Main writes the review pre-filled
 * from the log; the wizard then opens the incident log with that review selected.
 */
export function ClosePanel({ activation, data }: Props) {
  const { t } = useTranslation();
  const invokeWhileReachable = useStore((s) => s.invokeWhileReachable);
  const loadList = useStore((s) => s.loadList);
  const followFinding = useStore((s) => s.followFinding);
  const showProblem = useStore((s) => s.showProblem);
  const setConsulting = useActivationUi((s) => s.setConsulting);
  const [working, setWorking] = useState(false);
  // The review is written from the log in the file: closing waits until every kept tick is in it.
  const fileAway = useStore((s) => s.mediaTrouble !== null);
  const kept = useStore((s) => countChanges(s.unsaved));
  const close = async () => {
    setWorking(true);
    try {
      const closed = await invokeWhileReachable('activation.close', {
        id: activation.id,
        at: new Date().toISOString(),
      });
      // The review opens with the focus in its first question, once the reviews are loaded below.
      followFinding({ step: 'incidents', section: 'reviews', itemId: closed.review.id, field: 'prevention' });
      setConsulting(false);
      // The activation last: once it reads closed, the wizard returns and finds the review there.
      await Promise.all(['reviews', 'incidents', 'exercises', 'activationEvents'].map((section) => loadList(section)));
      await loadList('activations');
    } catch (error) {
      // A refusal because the file is away is said by the button, with the count.
      if (!useStore.getState().mediaTrouble) showProblem(error);
      setWorking(false);
    }
  };
  return (
    <section className="action-card" aria-labelledby="close-title">
      <h3 id="close-title">{t('activation.close.title')}</h3>
      {!data.view.mayClose && <p className="muted">{t('activation.close.blocked')}</p>}
      {fileAway && (
        <p className="field-error" role="alert" data-testid="close-waits">
          {t('activation.close.waits', { count: kept })}
        </p>
      )}
      <button
        type="button"
        className="big primary"
        disabled={!data.view.mayClose || working || fileAway}
        onClick={() => void close()}
      >
        {t('activation.close.button')}
      </button>
    </section>
  );
}
