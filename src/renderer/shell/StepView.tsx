import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_COMPONENTS } from '../steps/registry';
import { useStore } from '../store';

export function StepView() {
  const { t } = useTranslation();
  const step = useStore((s) => s.step);
  const heading = useRef<HTMLHeadingElement>(null);
  const Step = STEP_COMPONENTS[step];

  useEffect(() => {
    // Moving focus to the new step's title tells keyboard and screen-reader users where they are.
    heading.current?.focus();
  }, [step]);

  return (
    <section className="step" aria-labelledby="step-title">
      <h2 id="step-title" ref={heading} tabIndex={-1}>
        {t(`steps.${step}.title`)}
      </h2>
      <p className="lead">{t(`steps.${step}.description`)}</p>
      <Step />
    </section>
  );
}
