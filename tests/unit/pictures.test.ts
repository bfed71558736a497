import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PICTURE_LIMITS, fitPicture, sniffPicture } from '../../src/domain/pictures';
import { encodePng, exampleNetworkDiagram, pngFile, pngHeader } from '../../src/storage/exampleDiagram';

/** Grey RGB rows, each with filter byte 0. */
const rows = (width: number, height: number) => {
  const raw = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 3)] = 0;
  return raw;
};

const END: [string, Uint8Array] = ['IEND', new Uint8Array(0)];

/** A minimal baseline JPEG's markers: SOI, a frame of the given size, a scan, EOI. */
function jpeg(width: number, height: number, end = true): Uint8Array {
  const frame = [
    0xff,
    0xc0,
    0x00,
    0x0b,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x01,
    0x01,
    0x11,
    0x00,
  ];
  const scan = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0x56];
  return new Uint8Array([0xff, 0xd8, ...frame, ...scan, ...(end ? [0xff, 0xd9] : [])]);
}

describe('a picture is recognised by its bytes', () => {
  it('takes a PNG with its size in pixels', () => {
    expect(sniffPicture(encodePng(3, 2, new Uint8Array(18)))).toEqual({
      ok: true,
      mediaType: 'image/png',
      width: 3,
      height: 2,
    });
  });

  it('takes the example plans’ network diagram', () => {
    expect(sniffPicture(exampleNetworkDiagram('nl'))).toMatchObject({ ok: true, mediaType: 'image/png' });
  });

  it('takes a JPEG with the size of its frame', () => {
    expect(sniffPicture(jpeg(640, 480))).toEqual({ ok: true, mediaType: 'image/jpeg', width: 640, height: 480 });
  });

  it('refuses an SVG, with or without an XML declaration, as markup that can carry script', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(sniffPicture(new TextEncoder().encode(svg))).toEqual({ ok: false, problem: 'svg' });
    expect(sniffPicture(new TextEncoder().encode(`\uFEFF<?xml version="1.0"?>\n${svg}`))).toEqual({
      ok: false,
      problem: 'svg',
    });
  });

  it('refuses any other file, whatever it would be called', () => {
    expect(sniffPicture(new TextEncoder().encode('MZ this is a program'))).toEqual({
      ok: false,
      problem: 'not-an-image',
    });
    expect(sniffPicture(new TextEncoder().encode('GIF89a'))).toEqual({ ok: false, problem: 'not-an-image' });
    expect(sniffPicture(new Uint8Array(0))).toEqual({ ok: false, problem: 'not-an-image' });
  });
});

describe('a PNG whose header lies', () => {
  it('is refused when its data holds fewer rows than the header says', () => {
    const file = pngFile([['IHDR', pngHeader(10, 10)], ['IDAT', deflateSync(rows(10, 5))], END]);
    expect(sniffPicture(file)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is refused when its data inflates to more than the header says (a bomb in a small frame)', () => {
    const file = pngFile([['IHDR', pngHeader(10, 10)], ['IDAT', deflateSync(Buffer.alloc(5_000_000))], END]);
    expect(sniffPicture(file)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is refused when a row starts with a filter that does not exist', () => {
    const raw = rows(4, 4);
    raw[1 + 4 * 3] = 9;
    expect(sniffPicture(pngFile([['IHDR', pngHeader(4, 4)], ['IDAT', deflateSync(raw)], END]))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('is refused when a checksum does not match, or the file is cut short', () => {
    const good = encodePng(4, 4, new Uint8Array(48));
    const flipped = good.slice();
    flipped[20] = flipped[20]! ^ 0xff;
    expect(sniffPicture(flipped)).toEqual({ ok: false, problem: 'damaged' });
    expect(sniffPicture(good.subarray(0, good.length - 12))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is refused for its pixels before anything is inflated when it claims a huge size', () => {
    const bomb = pngFile([['IHDR', pngHeader(100_000, 100_000)], ['IDAT', deflateSync(Buffer.alloc(1000))], END]);
    expect(sniffPicture(bomb)).toEqual({ ok: false, problem: 'too-many-pixels' });
    const wide = pngFile([['IHDR', pngHeader(PICTURE_LIMITS.side + 1, 1)], END]);
    expect(sniffPicture(wide)).toEqual({ ok: false, problem: 'too-many-pixels' });
  });
});

describe('the limits of a picture', () => {
  it('refuse a file larger than one picture may be, before reading it', () => {
    const large = new Uint8Array(PICTURE_LIMITS.bytes + 1);
    large.set([0x89, 0x50, 0x4e, 0x47]);
    expect(sniffPicture(large)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuse a JPEG of too many pixels, one without a frame and one cut short', () => {
    expect(sniffPicture(jpeg(6000, 6000))).toEqual({ ok: false, problem: 'too-many-pixels' });
    expect(sniffPicture(jpeg(0, 10))).toEqual({ ok: false, problem: 'damaged' });
    expect(sniffPicture(jpeg(640, 480, false))).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('a picture on a page', () => {
  it('is scaled down to the room it has, keeping its proportions, and never enlarged', () => {
    expect(fitPicture({ width: 2000, height: 1000 }, 600, 800)).toEqual({ width: 600, height: 300 });
    expect(fitPicture({ width: 1000, height: 4000 }, 600, 800)).toEqual({ width: 200, height: 800 });
    expect(fitPicture({ width: 300, height: 200 }, 600, 800)).toEqual({ width: 300, height: 200 });
  });
});
