import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../../domain/steps';
import { useStore } from '../store';

export function StepFooter() {
  const { t } = useTranslation();
  const step = useStore((s) => s.step);
  const goRelative = useStore((s) => s.goRelative);
  const index = STEP_IDS.indexOf(step);
  return (
    <footer className="step-footer">
      <button type="button" disabled={index === 0} onClick={() => goRelative(-1)}>
        ← {t('common.previous')}
      </button>
      <span className="muted">{t('common.stepOf', { current: index + 1, total: STEP_IDS.length })}</span>
      <button type="button" className="primary" disabled={index === STEP_IDS.length - 1} onClick={() => goRelative(1)}>
        {t('common.next')} →
      </button>
    </footer>
  );
}
