import { peoplePlacesRules } from './rules/peoplePlacesHealth';
import { stepStatus, type StepStatus } from './completeness';
import type { HealthContext, HealthRule, Finding, PlanSnapshot, Severity } from './healthTypes';
import { STEPS, findSection } from './plan';
import { assetReplacementRules } from './rules/assetReplacement';
import { auditFindingRules } from './rules/auditFindings';
import { backupPolicyRules } from './rules/backupPolicy';
import { departmentContactRules } from './rules/departmentContacts';
import { notificationDutyRules } from './rules/notificationDuties';
import { trainingRules } from './rules/training';
import { fallbackSiteRules } from './rules/fallbackSites';
import { playbookPhaseRules } from './rules/playbookPhases';
import { playbookCheckRules } from './rules/playbookChecks';
import { relatedDocumentRules } from './rules/relatedDocuments';
import { successionRules } from './rules/succession';
import { endangeredRto } from './rules/endangers';
import { titlesOf } from './rules/snapshot';
import { supplierSlaRules } from './rules/supplierSla';
import { risksIncidentsRules } from './rules/risksIncidentsHealth';
import { serviceRecoveryRules } from './rules/serviceRecovery';
import { servicesInventoryRules } from './rules/servicesInventoryHealth';
import type { StepId } from './steps';

export type { HealthContext, HealthRule, Finding, PlanSnapshot, Severity };

/**
 * Every rule the plan health overview runs. An area adds its own rules by importing its rule list
 * here and spreading it in; a rule reads the snapshot and must cope with sections that are absent.
 */
export const HEALTH_RULES: readonly HealthRule[] = [
  ...auditFindingRules,
  ...peoplePlacesRules,
  ...successionRules,
  ...risksIncidentsRules,
  ...servicesInventoryRules,
  ...backupPolicyRules,
  ...departmentContactRules,
  ...supplierSlaRules,
  ...serviceRecoveryRules,
  ...assetReplacementRules,
  ...notificationDutyRules,
  ...trainingRules,
  ...fallbackSiteRules,
  ...playbookPhaseRules,
  ...playbookCheckRules,
  ...relatedDocumentRules,
];

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * All findings for the plan: the most serious first, among equals those about the most
 * time-critical services (the tightest RTO they endanger), then in wizard order. Each finding about
 * an item knows its row, so an item without a name can be named by its place in the list.
 */
export function collectWarnings(
  plan: PlanSnapshot,
  context: HealthContext,
  rules: readonly HealthRule[] = HEALTH_RULES,
): Finding[] {
  const order = new Map(STEPS.map((s, index) => [s.id, index]));
  const stepOrder = (step: StepId) => order.get(step) ?? -1;
  const placesOf = new Map<string, Map<string, { row: number; itemTitle: string }>>();
  const placeOf = (section: string, itemId: string) => {
    let places = placesOf.get(section);
    if (!places)
      placesOf.set(
        section,
        (places = new Map(
          titlesOf(plan, section).map(({ id, title }, index) => [id, { row: index + 1, itemTitle: title }]),
        )),
      );
    return places.get(itemId);
  };
  const endangers = endangeredRto(plan);
  return rules
    .flatMap((rule) => rule(plan, context))
    .map((finding) => {
      const place = finding.section && finding.itemId ? placeOf(finding.section, finding.itemId) : undefined;
      const endangersRto = endangers(finding);
      return {
        ...finding,
        ...place,
        ...(endangersRto === undefined ? {} : { endangersRto }),
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.endangersRto ?? Infinity) - (b.endangersRto ?? Infinity) ||
        stepOrder(a.step) - stepOrder(b.step),
    );
}

export interface StepHealth {
  step: StepId;
  status: StepStatus;
  warnings: number;
}

export interface PlanHealth {
  /** 0–100, one decimal: what a coordinator can show management. */
  score: number;
  /** 0–100: the share of the wizard's steps that are filled in (partly filled counts half). */
  completeness: number;
  steps: StepHealth[];
  warnings: Finding[];
}

/** Steps where nothing entered is a good sign, not a gap: a plan without incidents is not incomplete. */
const EMPTY_IS_FINE: ReadonlySet<StepId> = new Set(['incidents']);

/** What one finding costs, by severity: every finding counts, so every fix moves the score. */
export const SEVERITY_POINTS: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** The penalty at which the findings' part of the score is halved. */
const HALF_SCORE_PENALTY = 100;

/**
 * The findings' part of the score, 0–100: 100 without findings, falling with every finding but never
 * reaching 0, so a plan with many findings still rises with each one fixed (a low finding moves the
 * score by at least 0.1 up to a penalty of about 100, e.g. 50 findings).
 */
function findingsScore(findings: readonly Finding[]): number {
  const penalty = findings.reduce((sum, finding) => sum + SEVERITY_POINTS[finding.severity], 0);
  return (100 * HALF_SCORE_PENALTY) / (HALF_SCORE_PENALTY + penalty);
}

/**
 * The score weighs completeness (60%) and the findings (40%, see `findingsScore`). Steps without sections of their own (derived
 * or not built in this version) do not count toward completeness, nor does an empty incident log.
 */
export function planHealth(
  plan: PlanSnapshot,
  context: HealthContext,
  rules: readonly HealthRule[] = HEALTH_RULES,
): PlanHealth {
  const warnings = collectWarnings(plan, context, rules);
  const steps = STEPS.map((step) => ({
    step: step.id,
    status: stepStatus(
      step,
      step.sections.flatMap((key) => {
        const section = findSection(key);
        return section ? [{ section, records: [...(plan[key] ?? [])] }] : [];
      }),
    ),
    warnings: warnings.filter((w) => w.step === step.id).length,
  }));
  const counted = STEPS.filter((step) => !step.derived && step.sections.length > 0)
    .map((step) => steps.find((s) => s.step === step.id)!)
    .filter((s) => !(EMPTY_IS_FINE.has(s.step) && s.status === 'empty'));
  const filled = counted.reduce((sum, s) => sum + (s.status === 'complete' ? 1 : s.status === 'partial' ? 0.5 : 0), 0);
  const completeness = counted.length ? Math.round((100 * filled) / counted.length) : 0;
  // One decimal: a fix of a minor finding in a large plan still shows.
  const score = Math.round(10 * (0.6 * completeness + 0.4 * findingsScore(warnings))) / 10;
  return { score, completeness, steps, warnings };
}

/** A date as `YYYY-MM-DD` in the computer's own time zone (the coordinator's "today"). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
