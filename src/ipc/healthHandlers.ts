import { stepStatus } from '../domain/completeness';
import { HEALTH_RULES, localIsoDate, planHealth } from '../domain/health';
import { STEPS } from '../domain/plan';
import { recordHealthScore } from '../storage/healthHistory';
import type { Handlers } from './handlerTypes';
import type { WindowPlans } from './windowPlans';

/** What the plan still lacks: its findings, score (with its trend, kept in the file) and each step's progress. */
export function healthHandlers({ current }: WindowPlans) {
  return {
    'plan.health': (_payload, context) => {
      const { document } = current(context);
      const today = localIsoDate(new Date());
      const health = document.derived(`health ${today}`, () =>
        planHealth(document.snapshot(), { today }, document.healthRules(HEALTH_RULES)),
      );
      return { ...health, history: recordHealthScore(document, today, health.score) };
    },
    'plan.progress': (_payload, context) => {
      const { document } = current(context);
      return STEPS.map((step) => ({
        step: step.id,
        status: stepStatus(
          step,
          step.sections.map((key) => ({ section: document.section(key), records: document.records(key) })),
        ),
      }));
    },
  } satisfies Partial<Handlers>;
}
