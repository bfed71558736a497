import type { MatrixCell } from './model';

/** The plan's colours (RGB hex), the same in Word, the pocket card and the PDF: one sober house style. */
export const COLOURS = {
  ink: '1F2933',
  accent: '1F4E79',
  muted: '5F6B7A',
  headerFill: '1F4E79',
  headerText: 'FFFFFF',
  termFill: 'EEF2F7',
  rule: 'B8C2CC',
  confidential: 'A61B1B',
};

/**
 * Each level's fill, lighter to darker as the level rises, so the levels differ in grey too (as a
 * black-and-white printer's grey: about 240, 215, 175 and 139 of 255).
 */
export const TONE_FILL: Record<MatrixCell['tone'], string> = {
  low: 'EBF5E4',
  medium: 'FFD966',
  high: 'F19C60',
  critical: 'E06666',
};
