/** What an export is making right now, as the export panel shows it ("Hoofdstuk 5 van 17: IT-inventaris"). */
export type ExportStage = 'preparing' | 'chapter' | 'packing' | 'printing' | 'writing' | 'done';

/** The parts of an off-line kit, in the order they are made. */
export const KIT_PARTS = ['plan', 'docx', 'pdf', 'card', 'pocket', 'html', 'vcf', 'ics', 'program'] as const;
export type KitPart = (typeof KIT_PARTS)[number];

export interface ExportProgress {
  stage: ExportStage;
  /** The chapter being built (stage 'chapter') or laid out in the Word file (stage 'packing'), 1-based. */
  chapter?: { number: number; of: number; title: string };
  /** The part of the off-line kit being made (1-based). */
  part?: { number: number; of: number; name: KitPart };
}

/** Told each step of an export; it only notes, so it can neither slow nor fail the export. */
export type ProgressReport = (progress: ExportProgress) => void;

export const ignoreProgress: ProgressReport = () => {};

/** Lets the event loop answer other calls (the panel asking how far the export is, a cancel) between two steps. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
