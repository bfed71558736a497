import { execFileSync } from 'node:child_process';

/**
 * What a reader's PDF viewer sees on each page, read with qpdf (its JSON, content streams decoded):
 * the size every text is drawn at and the link annotations. Font sizes need the content streams,
 * not `pdffonts`: a size is the font's `Tf` size scaled by the text and graphics matrices in force.
 */

type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };
interface PdfObject {
  value?: PdfValue;
  stream?: { dict: Record<string, PdfValue>; data?: string };
}
interface QpdfJson {
  pages: { object: string; contents: string[] }[];
  qpdf: [unknown, Record<string, PdfObject>];
}

function readPdf(pdf: string): QpdfJson {
  return JSON.parse(
    execFileSync(
      'qpdf',
      ['--json', '--json-key=pages', '--json-key=qpdf', '--decode-level=generalized', '--json-stream-data=inline', pdf],
      { encoding: 'utf8', maxBuffer: 512 << 20 },
    ),
  ) as QpdfJson;
}

class Objects {
  constructor(private readonly all: Record<string, PdfObject>) {}
  object(ref: PdfValue): PdfObject | undefined {
    return typeof ref === 'string' && / R$/.test(ref) ? this.all[`obj:${ref}`] : undefined;
  }
  /** A value with a reference followed to what it points to. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    const target = this.object(value ?? null);
    if (!target) return value;
    return target.value ?? (target.stream?.dict as PdfValue);
  }
  dict(value: PdfValue | undefined): Record<string, PdfValue> {
    const resolved = this.resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : {};
  }
  streamText(ref: PdfValue): string {
    const data = this.object(ref)?.stream?.data;
    return data ? Buffer.from(data, 'base64').toString('latin1') : '';
  }
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

type Token = { operator: string } | { operand: number | string | null };

/** The tokens of a content stream: operands (numbers and names kept, strings and arrays as placeholders) and operators. */
function* tokens(content: string): Generator<Token> {
  let i = 0;
  const skipString = () => {
    let depth = 0;
    for (; i < content.length; i++) {
      const char = content[i];
      if (char === '\\') i++;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) {
        i++;
        return;
      }
    }
  };
  while (i < content.length) {
    const char = content[i]!;
    if (/\s/.test(char)) i++;
    else if (char === '%') while (i < content.length && content[i] !== '\n' && content[i] !== '\r') i++;
    else if (char === '(') {
      skipString();
      yield { operand: 'string' };
    } else if (content.startsWith('<<', i) || content.startsWith('>>', i)) i += 2;
    else if (char === '<') {
      i = content.indexOf('>', i) + 1;
      yield { operand: 'string' };
    } else if (char === '[') {
      // An array (TJ's strings and spacings) is one operand.
      for (i++; i < content.length && content[i] !== ']';) {
        if (content[i] === '(') skipString();
        else i++;
      }
      i++;
      yield { operand: 'array' };
    } else if (char === '/') {
      const name = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(i, i + 128))![0];
      i += name.length;
      yield { operand: name };
    } else {
      const word = /^[^\s/[\]()<>{}%]+/.exec(content.slice(i, i + 64))?.[0] ?? char;
      i += word.length;
      const number = Number(word);
      if (word !== '' && !Number.isNaN(number)) yield { operand: number };
      else if (word === 'BI') {
        // An inline image: its data runs to EI.
        i = content.indexOf('EI', content.indexOf('ID', i)) + 2;
      } else yield { operator: word };
    }
  }
}

const SHOWS_TEXT = new Set(['Tj', 'TJ', "'", '"']);

/** The size in points of every text drawn on each page (1-based pages), forms (XObjects) included. */
export function textSizes(pdf: string): { page: number; size: number }[] {
  const json = readPdf(pdf);
  const objects = new Objects(json.qpdf[1]);
  const sizes: { page: number; size: number }[] = [];
  const run = (content: string, resources: Record<string, PdfValue>, start: Matrix, page: number) => {
    const stack: Matrix[] = [];
    let ctm = start;
    let textMatrix = IDENTITY;
    let lineMatrix = IDENTITY;
    let fontSize = 0;
    let operands: (number | string | null)[] = [];
    const number = (index: number) => Number(operands[index]);
    for (const token of tokens(content)) {
      if ('operand' in token) {
        operands.push(token.operand);
        continue;
      }
      switch (token.operator) {
        case 'q':
          stack.push(ctm);
          break;
        case 'Q':
          ctm = stack.pop() ?? start;
          break;
        case 'cm':
          ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm);
          break;
        case 'BT':
          textMatrix = lineMatrix = IDENTITY;
          break;
        case 'Tf':
          fontSize = number(operands.length - 1);
          break;
        case 'Tm':
          textMatrix = lineMatrix = operands.slice(-6).map(Number) as Matrix;
          break;
        case 'Td':
        case 'TD':
          textMatrix = lineMatrix = multiply([1, 0, 0, 1, number(0), number(1)], lineMatrix);
          break;
        case 'Do': {
          const xobject = objects.dict(objects.dict(resources['/XObject'])[String(operands[0])]);
          const ref = objects.dict(resources['/XObject'])[String(operands[0])];
          if (xobject['/Subtype'] === '/Form' && ref) {
            const matrix = (objects.resolve(xobject['/Matrix']) as Matrix | undefined) ?? IDENTITY;
            const own = objects.dict(xobject['/Resources']);
            run(objects.streamText(ref), Object.keys(own).length ? own : resources, multiply(matrix, ctm), page);
          }
          break;
        }
        default:
          if (SHOWS_TEXT.has(token.operator)) {
            const m = multiply(textMatrix, ctm);
            // The vertical scale of text space on the page: how tall the font's em is drawn.
            sizes.push({ page, size: Math.abs(fontSize) * Math.hypot(m[2], m[3]) });
          }
      }
      operands = [];
    }
  };
  json.pages.forEach((page, index) => {
    const resources = objects.dict(objects.dict(page.object)['/Resources']);
    run(page.contents.map((ref) => objects.streamText(ref)).join('\n'), resources, IDENTITY, index + 1);
  });
  return sizes;
}

/** Every link annotation's target (its URI) and rectangle, per 1-based page. */
export function pdfLinks(pdf: string): { page: number; uri: string; rect: [number, number, number, number] }[] {
  const json = readPdf(pdf);
  const objects = new Objects(json.qpdf[1]);
  return json.pages.flatMap((page, index) => {
    const annotations = objects.resolve(objects.dict(page.object)['/Annots']);
    return (Array.isArray(annotations) ? annotations : []).flatMap((ref) => {
      const annotation = objects.dict(ref);
      const uri = objects.dict(annotation['/A'])['/URI'];
      if (annotation['/Subtype'] !== '/Link' || typeof uri !== 'string') return [];
      const rect = (objects.resolve(annotation['/Rect']) as number[]).map(Number) as [number, number, number, number];
      return [{ page: index + 1, uri: uri.replace(/^u:/, ''), rect }];
    });
  });
}

/** The text inside a rectangle of a page (PDF points, origin bottom left), whitespace squashed. */
export function textIn(pdf: string, page: number, rect: [number, number, number, number]): string {
  const height = Number(
    /size:\s+[\d.]+ x ([\d.]+)/.exec(
      execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }),
    )?.[1],
  );
  const [x1, y1, x2, y2] = rect;
  const args = ['-f', String(page), '-l', String(page), '-r', '72', '-x', String(Math.floor(Math.min(x1, x2)))];
  args.push('-y', String(Math.floor(height - Math.max(y1, y2))), '-W', String(Math.ceil(Math.abs(x2 - x1)) + 1));
  args.push('-H', String(Math.ceil(Math.abs(y2 - y1)) + 1), pdf, '-');
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
}
