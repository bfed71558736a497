import type { Orientation } from '../pageLayout';
import { PAGE_SIZES } from './layout';

/**
 * The PDF's page geometry and type sizes, in points: A4 with 2 cm margins as the Word file and the
 * print view (docx/frame.ts, html/printCss.ts), Arial-like 10 pt body text.
 */

export const MM = 72 / 25.4;
export const MARGIN = 20 * MM;

export interface Frame {
  orientation: Orientation;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  textWidth: number;
}

export function frameOf(orientation: Orientation): Frame {
  const { width: short, height: long } = PAGE_SIZES.A4;
  const [width, height] = orientation === 'portrait' ? [short, long] : [long, short];
  return {
    orientation,
    width,
    height,
    left: MARGIN,
    right: width - MARGIN,
    top: MARGIN,
    bottom: height - MARGIN,
    textWidth: width - 2 * MARGIN,
  };
}

/** A face, size, colour and line height to set text in. */
export interface TextStyle {
  face: 'regular' | 'bold';
  size: number;
  colour: string;
  leading: number;
}

/** Arimo's ascent and its ascent + descent, in ems: where a line's baseline sits in its line height. */
const ASCENT = 0.905;
const EXTENT = 1.117;

/** The baseline's distance below a line's top. */
export const baselineOf = (style: Pick<TextStyle, 'size' | 'leading'>) =>
  (style.leading - EXTENT * style.size) / 2 + ASCENT * style.size;

/** Where the running header and footer stand (Word's header and footer at 1 cm from the page's edge). */
export const HEADER_BASELINE = 34;
export const HEADER_RULE = 39;
export const FOOTER_FROM_BOTTOM = 30;
export const FRAME_SIZE = 8;
