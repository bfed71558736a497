import type { Block, Chapter } from './model';

export type Orientation = 'portrait' | 'landscape';

/** A run of a chapter's blocks printed on pages of one orientation. */
export interface PageRun {
  orientation: Orientation;
  blocks: Block[];
}

const isWideTable = (block: Block) => block.kind === 'table' && block.wide;
/** Headings and paragraphs only: text that introduces what follows and would look lost alone on a page. */
const onlyText = (blocks: Block[]) =>
  blocks.every((block) => block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list');

/** About how many lines a block takes: enough to tell a few lines from half a page. */
export function roughLines(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return 2;
    case 'paragraph':
      return Math.ceil(block.text.length / 110) + 1;
    case 'list':
      return block.items.reduce((sum, item) => sum + Math.ceil(item.length / 100), 0) + 1;
    case 'definitions':
      return block.entries.length + 1;
    case 'table':
      return block.rows.length + (block.blankRows ?? 0) + 2;
    case 'matrix':
      return block.rows.length + 3;
    case 'form':
      return block.questions.length * (block.lines + 1);
    case 'figure':
      return 30;
  }
}

/** Fewer lines than this between or after landscape pages ride along on them rather than take a portrait page of their own. */
const SMALL_RUN = 14;

const isSmall = (run: PageRun) => run.blocks.reduce((sum, block) => sum + roughLines(block), 0) < SMALL_RUN;

function joined(runs: PageRun[]): PageRun[] {
  const result: PageRun[] = [];
  for (const run of runs) {
    const last = result[result.length - 1];
    if (last?.orientation === run.orientation) last.blocks.push(...run.blocks);
    else result.push({ orientation: run.orientation, blocks: [...run.blocks] });
  }
  return result;
}

/**
 * A chapter cut into runs of pages: a wide table gets landscape pages, everything else stays on
 * portrait ones, so one wide table does not turn a whole chapter of narrow tables and details
 * sideways. Headings and introductions stay on the page of the table they introduce, and a few
 * lines after a wide table stay on its page instead of opening a near-empty portrait page.
 */
export function pageRuns(chapter: Chapter): PageRun[] {
  const runs: PageRun[] = [];
  let pending: Block[] = [];
  for (const block of chapter.blocks) {
    if (!isWideTable(block)) {
      pending.push(block);
      continue;
    }
    // The headings and introductions right above the wide table go with it.
    let lead = pending.length;
    while (lead > 0 && onlyText([pending[lead - 1]!])) lead--;
    if (lead > 0) runs.push({ orientation: 'portrait', blocks: pending.slice(0, lead) });
    runs.push({ orientation: 'landscape', blocks: [...pending.slice(lead), block] });
    pending = [];
  }
  if (pending.length) runs.push({ orientation: 'portrait', blocks: pending });
  const settled = joined(runs).map((run, index, all): PageRun => {
    const besideLandscape = index > 0 || all[index + 1]?.orientation === 'landscape';
    return run.orientation === 'portrait' && all.length > 1 && besideLandscape && (isSmall(run) || onlyText(run.blocks))
      ? { ...run, orientation: 'landscape' }
      : run;
  });
  const result = joined(settled);
  return result.length ? result : [{ orientation: 'portrait', blocks: [] }];
}
