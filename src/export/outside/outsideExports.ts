import { PlanError } from '../../domain/errors';
import type { PlanJson } from '../../domain/planJson';
import { throwIfCancelled } from '../cancel';
import type { ExportOptions } from '../documentModel';
import { planDocumentModelStepwise, planRenderContext } from '../exportPlan';
import type { DocumentModel } from '../model';
import { type ProgressReport, ignoreProgress } from '../progress';
import { todayIso } from '../values';
import { writeFileSafely } from '../writeFile';
import { planEvents } from './calendar';
import { emergencyContacts } from './emergencyContacts';
import { renderICalendar } from './icalendar';
import { type OfflinePlanOptions, renderOfflinePlan } from './offlineHtml';
import { renderVcards } from './vcard';

/** The call tree's people and the suppliers' lines as vCard; null when the plan has nobody to call. */
export function planVcards(plan: PlanJson, options: ExportOptions): string | null {
  const context = planRenderContext(plan, options);
  return renderVcards(emergencyContacts(context), context);
}

/** The plan's dates as iCalendar reminders; null when the plan holds none. */
export function planICalendar(plan: PlanJson, options: ExportOptions): string | null {
  const context = planRenderContext(plan, options);
  const now = options.now ?? new Date();
  return renderICalendar(planEvents(context, todayIso(now)), context, now);
}

/** The self-contained HTML plan, from the document model Word and PDF are made of. */
export function planOfflineHtml(
  plan: PlanJson,
  model: DocumentModel,
  options: ExportOptions,
  page: OfflinePlanOptions = {},
): string {
  const context = planRenderContext(plan, options);
  return renderOfflinePlan(model, emergencyContacts(context), context, page);
}

/** Writes the contacts file, or says the plan has nobody to call yet (and writes nothing). */
export function exportVcards(plan: PlanJson, path: string, options: ExportOptions): void {
  const vcards = planVcards(plan, options);
  if (vcards === null) throw new PlanError('no-contacts', 'The plan has nobody to call yet: no contacts were written');
  writeFileSafely(path, vcards);
}

/** Writes the calendar file, or says the plan holds no dates yet (and writes nothing). */
export function exportICalendar(plan: PlanJson, path: string, options: ExportOptions): void {
  const calendar = planICalendar(plan, options);
  if (calendar === null) throw new PlanError('no-dates', 'The plan holds no dates yet: no calendar was written');
  writeFileSafely(path, calendar);
}

export async function exportOfflineHtml(
  plan: PlanJson,
  path: string,
  options: ExportOptions,
  signal?: AbortSignal,
  report: ProgressReport = ignoreProgress,
  page: OfflinePlanOptions = {},
): Promise<void> {
  const model = await planDocumentModelStepwise(plan, options, signal, report);
  throwIfCancelled(signal);
  report({ stage: 'writing' });
  writeFileSafely(path, planOfflineHtml(plan, model, options, page));
}
