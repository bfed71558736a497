import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { FontFace, TextMeasure } from './layout';

/**
 * The PDF's fonts: Arimo (Google's font with Arial's metrics, SIL Open Font License), embedded and
 * subset in every PDF, so the plan looks the same on every machine and the column widths chosen for
 * Word's Arial fit the PDF as well. Latin with its accents, Greek and Cyrillic.
 */
const FONT_FILES: Record<FontFace, string> = {
  regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
};

const loaded = new Map<FontFace, Buffer>();

/**
 * Where a face's file is: beside the built main process (scripts/build-electron.mjs copies them into
 * dist-electron/fonts, inside the packaged app's archive), else in node_modules (the command line, tests).
 */
function fontPath(face: FontFace): string {
  const built = typeof __dirname === 'string' ? join(__dirname, 'fonts', basename(FONT_FILES[face])) : '';
  if (built && existsSync(built)) return built;
  return createRequire(import.meta.url).resolve(FONT_FILES[face]);
}

/** The bytes of a face's TrueType file. */
export function fontBytes(face: FontFace): Buffer {
  let bytes = loaded.get(face);
  if (!bytes) {
    bytes = readFileSync(fontPath(face));
    loaded.set(face, bytes);
  }
  return bytes;
}

/** Measures with the fonts' advance widths, one code point at a time (kept per face), without kerning. */
export function fontMeasure(): TextMeasure {
  const faces = new Map<FontFace, { font: fontkit.Font; widths: Map<number, number> }>();
  const face = (name: FontFace) => {
    let entry = faces.get(name);
    if (!entry) {
      entry = { font: fontkit.create(fontBytes(name)) as fontkit.Font, widths: new Map() };
      faces.set(name, entry);
    }
    return entry;
  };
  return {
    width(text, name, size) {
      const { font, widths } = face(name);
      let units = 0;
      for (const char of text) {
        const code = char.codePointAt(0)!;
        let advance = widths.get(code);
        if (advance === undefined) {
          advance = font.glyphForCodePoint(code).advanceWidth;
          widths.set(code, advance);
        }
        units += advance;
      }
      return (units / font.unitsPerEm) * size;
    },
  };
}
