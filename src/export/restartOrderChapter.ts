import { type ContinuityAnalysis, analyseContinuity } from '../domain/rules/continuity';
import { holdsData } from '../domain/sections/systems';
import type { PlanWarning } from '../domain/rules/warnings';
import type { Block } from './model';
import { type RenderContext, registerStepRenderer } from './renderers';
import { fewOfEachKind } from './planFindings';
import { listOf } from './planRecords';
import { formatDate, todayIso } from './values';
import { estimateText, formatDuration } from '../i18n/durations';

/** Services named beside a system in the restart order; the rest are counted (the services chapter lists each one's systems). */
const NAMED_SERVICES = 8;

const RESTART_CODES = new Set([
  'dependency-cycle',
  'tier-override-without-reason',
  'tier-after-dependent',
  'rto-not-met',
  'recovery-time-unknown',
]);

/** The restart order and its findings as of today, from the plan's services, systems, backups and suppliers. */
export function continuityOf(context: RenderContext): ContinuityAnalysis {
  const { plan } = context;
  return analyseContinuity({
    services: listOf(plan, 'services'),
    systems: listOf(plan, 'systems'),
    backups: listOf(plan, 'backups'),
    suppliers: listOf(plan, 'suppliers'),
    today: todayIso(new Date()),
  });
}

function findings(warnings: readonly PlanWarning[], context: RenderContext): Block[] {
  if (warnings.length === 0) return [];
  const { t } = context;
  return [
    { kind: 'heading', level: 3, text: t('servicesInventory.warnings.title') },
    {
      kind: 'list',
      items: fewOfEachKind(warnings).flatMap(({ finding, more }) => [
        t(`servicesInventory.warnings.codes.${finding.code}`, readableParams(finding, context)),
        ...(more ? [t('standards.annexes.findings.moreOfKind', { count: more })] : []),
      ]),
    },
  ];
}

/** A finding's values as the document's reader writes them: "20 juni 2025", not "2025-06-20". */
function readableParams(warning: PlanWarning, context: RenderContext): Record<string, unknown> {
  const params: Record<string, unknown> = { ...warning.params };
  if (typeof params.date === 'string') params.date = formatDate(params.date, context.language);
  return params;
}

/** A few names, and how many more: "A, B, …, H en nog 85". */
function namedFew(names: string[], { t }: RenderContext): string {
  if (names.length <= NAMED_SERVICES) return names.join(', ');
  return t('exports.document.andMore', {
    names: names.slice(0, NAMED_SERVICES).join(', '),
    count: names.length - NAMED_SERVICES,
  });
}

/** The derived restart order as a table in the plan document, with the findings about it. */
export function restartOrderBlocks(context: RenderContext): Block[] {
  const { t } = context;
  const analysis = continuityOf(context);
  if (analysis.restart.order.length === 0) return [];
  const p = 'servicesInventory.priorities';
  const hours = (value: number | null) =>
    value === null ? t(`${p}.noObjective`) : formatDuration(value, t, context.language);
  const serviceNames = new Map(listOf(context.plan, 'services').map((s) => [s.id, String(s.name ?? '')]));
  const typeOf = new Map(listOf(context.plan, 'systems').map((s) => [s.id, s.type]));
  const rpo = (entry: (typeof analysis.restart.order)[number]) =>
    entry.inherited.rpo === null && !holdsData(typeOf.get(entry.systemId))
      ? t(`${p}.rpoNoData`)
      : hours(entry.inherited.rpo);
  return [
    { kind: 'paragraph', text: t(`${p}.intro`) },
    {
      kind: 'table',
      wide: true,
      columns: [
        t(`${p}.position`),
        t(`${p}.system`),
        t(`${p}.tier`),
        t(`${p}.rto`),
        t(`${p}.rpo`),
        t(`${p}.drivenBy`),
        t(`${p}.recovery`),
        t(`${p}.window`),
      ],
      weights: [1, 5, 2, 1.5, 2, 6, 4, 2],
      rows: analysis.restart.order.map((entry) => [
        String(entry.position),
        entry.name,
        t(`${p}.tierValue`, { tier: entry.tier }) +
          (entry.overridden ? ` (${t(`${p}.derived`, { tier: entry.derivedTier })})` : ''),
        hours(entry.inherited.rto),
        rpo(entry),
        namedFew(entry.inherited.services.map((id) => serviceNames.get(id) ?? '').filter(Boolean), context),
        estimateText(entry.estimate, t, context.language),
        hours(entry.readyHour),
      ]),
    },
    { kind: 'paragraph', text: t(`${p}.timelineNote`), tone: 'muted' },
    ...findings(
      analysis.warnings.filter((w) => RESTART_CODES.has(w.code)),
      context,
    ),
  ];
}

/** The backup checks, printed under the backups so the reader sees what is not yet in order. */
export function backupFindingsBlocks(context: RenderContext): Block[] {
  const warnings = continuityOf(context).warnings.filter(
    (w) => w.section === 'backups' || w.code === 'critical-system-without-backup',
  );
  return findings(warnings, context);
}

registerStepRenderer('priorities', restartOrderBlocks);
registerStepRenderer('backups', backupFindingsBlocks);
