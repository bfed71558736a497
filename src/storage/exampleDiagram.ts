import { deflateSync } from 'node:zlib';
import { crc32 } from '../domain/pictures';
import type { PlanLanguage } from '../domain/organisationKinds';

/**
 * The example plans' network diagram, drawn here in code (boxes, lines and a small pixel font) so
 * the examples carry no picture that is not our own.
 */

type Rgb = readonly [number, number, number];

/** A PNG file of the given chunks, each with its length and checksum (tests make headers lie with it). */
export function pngFile(chunks: readonly (readonly [type: string, data: Uint8Array])[]): Uint8Array {
  const parts = chunks.map(([type, data]) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  });
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...parts]));
}

/** An IHDR chunk's data: the size, 8 bits per sample, the colour type (2 = RGB). */
export function pngHeader(width: number, height: number, colourType = 2): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return header;
}

/** Writes 8-bit RGB pixels as a PNG: one IDAT, every row unfiltered. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  return pngFile([
    ['IHDR', pngHeader(width, height)],
    ['IDAT', deflateSync(raw)],
    ['IEND', new Uint8Array(0)],
  ]);
}

/** A 5×7 pixel font, just the capitals and digits the diagram's labels use. */
const GLYPHS: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  G: ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  V: ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
  Z: ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  fill(x: number, y: number, w: number, h: number, colour: Rgb): void {
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++)
      for (let col = Math.max(0, x); col < Math.min(this.width, x + w); col++)
        this.pixels.set(colour, (row * this.width + col) * 3);
  }

  box(x: number, y: number, w: number, h: number, border: Rgb, inside: Rgb): void {
    this.fill(x, y, w, h, border);
    this.fill(x + 3, y + 3, w - 6, h - 6, inside);
  }

  /** A label centred on (cx, cy), each font pixel `scale` pixels wide. */
  text(label: string, cx: number, cy: number, colour: Rgb, scale = 2): void {
    const advance = 6 * scale;
    let x = Math.round(cx - (label.length * advance - scale) / 2);
    const y = Math.round(cy - (7 * scale) / 2);
    for (const letter of label) {
      const glyph = GLYPHS[letter] ?? GLYPHS[' ']!;
      glyph.forEach((line, row) =>
        [...line].forEach((bit, col) => {
          if (bit === '1') this.fill(x + col * scale, y + row * scale, scale, scale, colour);
        }),
      );
      x += advance;
    }
  }
}

const INK: Rgb = [31, 41, 55];
const LINE: Rgb = [75, 85, 99];
const NETWORK: Rgb = [219, 234, 254];
const DEVICES: Rgb = [220, 252, 231];
const OUTSIDE: Rgb = [254, 243, 199];

/** The town hall's network of the example plans: the lines out, the firewall, the switch and what hangs on it. */
export function exampleNetworkDiagram(language: PlanLanguage): Uint8Array {
  const canvas = new Canvas(700, 392);
  const labels =
    language === 'nl'
      ? { internet: 'GLASVEZEL', backup: '4G', firewall: 'FIREWALL', lan: 'SWITCH', phones: 'TELEFONIE' }
      : { internet: 'FIBRE', backup: '4G', firewall: 'FIREWALL', lan: 'SWITCH', phones: 'PHONES' };
  // Lines first, so the boxes sit on top of them.
  canvas.fill(209, 70, 4, 60, LINE);
  canvas.fill(489, 70, 4, 60, LINE);
  canvas.fill(209, 128, 284, 4, LINE);
  canvas.fill(349, 130, 4, 140, LINE);
  const centres = [100, 270, 440, 610];
  canvas.fill(100, 268, 514, 4, LINE);
  for (const x of centres) canvas.fill(x, 268, 4, 50, LINE);

  canvas.box(130, 20, 160, 56, INK, OUTSIDE);
  canvas.text(labels.internet, 212, 48, INK);
  canvas.box(410, 20, 160, 56, INK, OUTSIDE);
  canvas.text(labels.backup, 492, 48, INK);
  canvas.box(270, 110, 160, 56, INK, NETWORK);
  canvas.text(labels.firewall, 352, 138, INK);
  canvas.box(270, 220, 160, 56, INK, NETWORK);
  canvas.text(labels.lan, 352, 248, INK);
  const devices = ['LAPTOPS', 'WIFI', 'PRINTERS', labels.phones];
  devices.forEach((label, i) => {
    canvas.box(centres[i]! - 68, 316, 140, 56, INK, DEVICES);
    canvas.text(label, centres[i]! + 2, 344, INK);
  });
  return encodePng(canvas.width, canvas.height, canvas.pixels);
}
