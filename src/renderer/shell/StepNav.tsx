import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../../domain/steps';
import { useStore } from '../store';
import { StatusMark } from './StatusMark';

export function StepNav() {
  const { t } = useTranslation();
  const current = useStore((s) => s.step);
  const progress = useStore((s) => s.progress);
  const goToStep = useStore((s) => s.goToStep);
  return (
    <nav className="step-nav" aria-label={t('common.steps')}>
      <ol>
        {STEP_IDS.map((id, index) => {
          const status = progress.find((p) => p.step === id)?.status ?? 'empty';
          return (
            <li key={id}>
              <a
                href={`#/${id}`}
                aria-current={current === id ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  goToStep(id);
                }}
              >
                <StatusMark status={status} />
                <span className="step-number">{index + 1}.</span>
                <span className="step-title">{t(`steps.${id}.title`)}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
