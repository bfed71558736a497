/**
 * The exports and copies of a plan that opened: each run in its own child process (exportChild.ts)
 * so its time and peak memory are its own, and what it wrote looked at for anything active: a Word
 * field or link that plan text made, a spreadsheet formula in a CSV cell.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { bundled } from './bundle';
import type { ExportAnswer, ExportCall } from './exportCalls';

/** Runs one export of `plan` in a child process, writing under `out`. */
export async function runExport(
  plan: string,
  call: ExportCall,
  out: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExportAnswer> {
  const script = await bundled('exportChild');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, plan, call, out], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status, signal) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as ExportAnswer);
      } catch {
        resolve({
          ok: false,
          code: 'crash',
          message: `exit ${status ?? signal}: ${stderr.slice(-500)}`,
          ms: 0,
          peakRssMb: 0,
        });
      }
    });
  });
}

/** The fields Paraat itself writes into a Word document: page numbers, the print date, contents page references. */
const OWN_FIELD = /^\s*(PAGE|NUMPAGES|PAGEREF _?[A-Za-z0-9_]+ \\h|DATE \\@ "d MMMM yyyy")\s*$/;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * What in a Word document could act rather than show: a field that is not one of Paraat's own, an
 * external relationship (a link, an attached template, a picture from a server), a hyperlink to
 * anything but a bookmark, embedded or linked content. Each finding as a short description.
 */
export function activeWordContent(docx: Uint8Array): string[] {
  const found: string[] = [];
  const parts = unzipSync(docx);
  const decoder = new TextDecoder();
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) {
      if (!/^word\/media\//.test(name)) found.push(`${name}: a part that is not XML`);
      continue;
    }
    const xml = decoder.decode(bytes);
    for (const [, instruction] of xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g))
      if (!OWN_FIELD.test(unescapeXml(instruction!))) found.push(`${name}: field ${instruction}`);
    for (const [, instruction] of xml.matchAll(/<w:fldSimple\b[^>]*\bw:instr="([^"]*)"/g))
      if (!OWN_FIELD.test(unescapeXml(instruction!))) found.push(`${name}: field ${instruction}`);
    for (const [relationship] of xml.matchAll(/<Relationship\b[^>]*TargetMode="External"[^>]*>/g))
      found.push(`${name}: external ${relationship}`);
    for (const [link] of xml.matchAll(/<w:hyperlink\b(?![^>]*\bw:anchor=)[^>]*>/g)) found.push(`${name}: link ${link}`);
    for (const [element] of xml.matchAll(/<(w:altChunk|w:subDoc|w:dde\w*|o:OLEObject|w:object)\b[^>]*>/g))
      found.push(`${name}: ${element}`);
  }
  return found;
}

/** CSV cells a spreadsheet would take for a formula: starting with =, +, @, or - followed by a letter. */
export function formulaCells(csv: string): string[] {
  const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return data.flat().filter((cell) => /^[=+@]|^-[^\d\s]/.test(cell));
}

/** Every file an export wrote under `path` (a file, or the kit's folder). */
export function writtenFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => writtenFiles(join(path, name)));
}

/** What is active in the files an export wrote: Word fields and links, CSV formulas. */
export function activeContent(path: string): string[] {
  return writtenFiles(path).flatMap((file) => {
    if (file.endsWith('.docx')) return activeWordContent(readFileSync(file)).map((found) => `${file}: ${found}`);
    if (file.endsWith('.csv'))
      return formulaCells(readFileSync(file, 'utf8')).map((cell) => `${file}: formula ${cell}`);
    return [];
  });
}
