// Renders the app and file icons from build/icon.svg and build/paraat-file.svg into what
// electron-builder expects: icon.ico + paraat-file.ico (Windows), icon.icns + paraat-file.icns
// (macOS), icons/<size>x<size>.png (Linux) and icon.png. The ICO and ICNS containers are written
// here (both simply hold PNGs); the PNGs come from librsvg's rsvg-convert
// (Debian: `apt-get install -y librsvg2-bin`). Run: `node build/make-icons.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

export function renderPng(svgPath, size) {
  return execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), svgPath]);
}

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes). */
export function decodePng(png) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 6 || png[28] !== 0) throw new Error('Only 8-bit RGBA non-interlaced PNGs');
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** A 32-bit BMP (DIB) icon image: bottom-up BGRA plus the 1-bit AND mask, as every ICO reader knows. */
function dibFromPng(png) {
  const { width, height, pixels } = decodePng(png);
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colour = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = ((height - 1 - y) * width + x) * 4;
      colour[to] = pixels[from + 2];
      colour[to + 1] = pixels[from + 1];
      colour[to + 2] = pixels[from];
      colour[to + 3] = pixels[from + 3];
    }
  }
  const maskStride = Math.ceil(width / 32) * 4;
  return Buffer.concat([header, colour, Buffer.alloc(maskStride * height)]);
}

/** A Windows .ico: BMP images up to 128px, the 256px image as PNG (the usual mix). */
export function icoFromPngs(images) {
  images = images.map(({ size, png }) => ({ size, png: size >= 256 ? png : dibFromPng(png) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** A macOS .icns holding PNG images. */
export function icnsFromPngs(images) {
  const chunks = images.map(({ size, png }) => {
    const type = ICNS_TYPES[size];
    if (!type) throw new Error(`ICNS has no PNG slot for ${size}px`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

function makeSet(name, { linux }) {
  const svg = join(here, `${name}.svg`);
  const png = (size) => ({ size, png: renderPng(svg, size) });
  writeFileSync(join(here, `${name}.ico`), icoFromPngs([16, 24, 32, 48, 64, 128, 256].map(png)));
  writeFileSync(join(here, `${name}.icns`), icnsFromPngs([16, 32, 64, 128, 256, 512, 1024].map(png)));
  if (linux) {
    mkdirSync(join(here, 'icons'), { recursive: true });
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      writeFileSync(join(here, 'icons', `${size}x${size}.png`), png(size).png);
    writeFileSync(join(here, `${name}.png`), png(1024).png);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  readFileSync(join(here, 'icon.svg'));
  makeSet('icon', { linux: true });
  makeSet('paraat-file', { linux: false });
  console.log('Icons written to build/');
}
