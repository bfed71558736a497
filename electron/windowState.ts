import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { bytes, writeWhole } from '../src/storage/wholeFile';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MINIMUM_SIZE = { width: 720, height: 520 };
/** How much of the window's title bar must be on a screen for the window to be reachable. */
const VISIBLE_MARGIN = 80;

/** The remembered window state, or null when there is none or it is unreadable. */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeWhole(file, { purpose: 'saving', write: bytes(JSON.stringify(state)) });
  } catch {
    // A read-only profile (a locked-down laptop) only means the size is not remembered.
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Bounds for the new window: the remembered ones when their title bar is on one of today's
 * screens (the laptop may be without its second monitor), shrunk to fit that screen; otherwise
 * the default size centred on the primary screen. `workAreas[0]` is the primary screen.
 */
export function windowBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): Rectangle & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const centred = (area: Rectangle) => {
    const width = Math.min(DEFAULT_SIZE.width, area.width);
    const height = Math.min(DEFAULT_SIZE.height, area.height);
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  };
  if (!saved) return { ...centred(primary), maximized: false };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 40 };
  const screen = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(VISIBLE_MARGIN, saved.width) && seen.height > 0;
  });
  if (!screen) return { ...centred(primary), maximized: saved.maximized };
  const width = Math.max(Math.min(saved.width, screen.width), Math.min(MINIMUM_SIZE.width, screen.width));
  const height = Math.max(Math.min(saved.height, screen.height), Math.min(MINIMUM_SIZE.height, screen.height));
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - width);
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}
