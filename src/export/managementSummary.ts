import type { Finding } from '../domain/health';
import type { ListRecord } from '../domain/records';
import { STEP_IDS } from '../domain/steps';
import type { AnnexContent } from './annexes';
import type { Block, Chapter } from './model';
import type { RenderContext } from './renderers';
import { fewOfEachKind, findingText } from './planFindings';
import { fieldHeadingText, fieldText, listOf, singletonOf } from './planRecords';
import { formatDate } from './values';

/** A service counts as time-critical for the summary when it must be back within a day. */
const TIME_CRITICAL_HOURS = 24;
/** The summary stays one page: the rest of the findings are in their annex. */
const SUMMARY_FINDINGS = 8;

/** The columns of the time-critical services' table. */
const SERVICE_COLUMNS = ['name', 'rtoHours', 'rpoHours', 'fullyRecoveredWhen'] as const;

const latestDate = (dates: unknown[]) =>
  dates
    .filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort()
    .at(-1) ?? '';

/**
 * The page a director reads first (ISO 22301 §8.4, the Flemish BCP template's summary): who
 * activates the plan, the services that must be back within a day with their RTO, RPO and "fully
 * recovered when", the last exercise and restore test, the next review, and what is still open.
 */
export function managementSummary(context: RenderContext, findings: readonly Finding[]): Block[] {
  const { t, plan, language } = context;
  const s = 'standards.summary';
  const organisation = singletonOf(plan, 'organisation');
  const exercises = listOf(plan, 'exercises');
  const date = (iso: string) => (iso ? formatDate(iso, language) : t(`${s}.never`));
  const lastRestore = latestDate([
    ...exercises.filter((exercise) => exercise.type === 'restore').map((exercise) => exercise.doneOn),
    ...listOf(plan, 'backups').map((backup) => backup.lastRestoreTest),
  ]);
  const open = findings.filter((finding) => finding.severity !== 'low');
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const rto = (service: ListRecord<'services'>) =>
    typeof service.rtoHours === 'number' ? service.rtoHours : Number.POSITIVE_INFINITY;
  const services = listOf(plan, 'services')
    .filter((service) => rto(service) <= TIME_CRITICAL_HOURS)
    .sort((a, b) => rto(a) - rto(b));
  const notFilled = t('exports.document.notFilled');
  return [
    {
      kind: 'definitions',
      entries: [
        {
          term: t(`${s}.activatedBy`),
          value: fieldText(context, 'organisation', organisation, 'activatedBy') || notFilled,
        },
        { term: t(`${s}.owner`), value: fieldText(context, 'organisation', organisation, 'planOwner') || notFilled },
        { term: t(`${s}.lastExercise`), value: date(latestDate(exercises.map((exercise) => exercise.doneOn))) },
        { term: t(`${s}.lastRestore`), value: date(lastRestore) },
        {
          term: t(`${s}.nextReview`),
          value: fieldText(context, 'organisation', organisation, 'nextReviewDate') || notFilled,
        },
        {
          term: t(`${s}.openFindings`),
          value: t(`${s}.findingCounts`, { high: count('high'), medium: count('medium'), low: count('low') }),
        },
      ],
    },
    { kind: 'heading', level: 2, text: t(`${s}.services`) },
    services.length
      ? {
          kind: 'table',
          columns: SERVICE_COLUMNS.map((name) => fieldHeadingText(context, 'services', name)),
          rows: services.map((service) => SERVICE_COLUMNS.map((name) => fieldText(context, 'services', service, name))),
          wide: false,
          weights: [30, 12, 12, 46],
        }
      : { kind: 'paragraph', text: t(`${s}.noServices`), tone: 'muted' },
    { kind: 'heading', level: 2, text: t(`${s}.findings`) },
    open.length
      ? {
          kind: 'table',
          columns: [t(`${s}.severity`), t(`${s}.finding`)],
          rows: open
            .slice(0, SUMMARY_FINDINGS)
            .map((finding) => [t(`risksIncidents.health.severity.${finding.severity}`), findingText(finding, context)]),
          wide: false,
          weights: [16, 84],
        }
      : { kind: 'paragraph', text: t(`${s}.noFindings`), tone: 'muted' },
    ...(open.length > SUMMARY_FINDINGS || findings.length > open.length
      ? [{ kind: 'paragraph' as const, text: t(`${s}.moreInAnnex`), tone: 'muted' as const }]
      : []),
  ];
}

export function summaryChapter(
  context: RenderContext,
  findings: readonly Finding[],
): Omit<Chapter, 'number' | 'label'> {
  return {
    id: 'summary',
    title: context.t('standards.summary.title'),
    intro: context.t('standards.summary.intro'),
    blocks: managementSummary(context, findings),
    sections: [],
  };
}

/** A step's findings as annex rows: the first few of each kind, then how many more of that kind. */
function findingRows(findings: readonly Finding[], context: RenderContext): string[][] {
  const { t } = context;
  return fewOfEachKind(findings).flatMap(({ finding, more }) => {
    const severity = t(`risksIncidents.health.severity.${finding.severity}`);
    const row = [severity, findingText(finding, context)];
    return more ? [row, [severity, t('standards.annexes.findings.moreOfKind', { count: more })]] : [row];
  });
}

/** Every finding of the plan health, grouped by the step where it is fixed, so the printed plan says what is open. */
export function findingsAnnex(context: RenderContext, findings: readonly Finding[]): AnnexContent {
  const { t } = context;
  const f = 'standards.annexes.findings';
  const steps = STEP_IDS.filter((step) => findings.some((finding) => finding.step === step));
  return {
    id: 'annex-findings',
    title: t(`${f}.title`),
    intro: t(`${f}.intro`),
    blocks: findings.length
      ? steps.flatMap((step): Block[] => [
          { kind: 'heading', level: 2, text: t(`steps.${step}.title`) },
          {
            kind: 'table',
            columns: [t('standards.summary.severity'), t('standards.summary.finding')],
            rows: findingRows(
              findings.filter((finding) => finding.step === step),
              context,
            ),
            wide: false,
            weights: [16, 84],
          },
        ])
      : [{ kind: 'paragraph', text: t(`${f}.empty`), tone: 'muted' }],
  };
}
