import { exportPrintView } from '../src/export/exportPlan';
import type { PlanDocument } from '../src/storage/planDocument';
import { toPlanJson } from '../src/storage/planJson';

/**
 * What File → Print… prints: the whole plan as its print view (the PDF export's source), in the
 * plan's own language and with everything in it — the paper copy for the binder, not the window.
 */
export function planPrintView(document: PlanDocument, now?: Date): string {
  const language = document.meta.get('language') === 'en' ? 'en' : 'nl';
  return exportPrintView(toPlanJson(document), { language, includePrivate: true, ...(now ? { now } : {}) });
}
