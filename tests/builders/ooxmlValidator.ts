import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared OOXML checker (ISO/IEC 29500 Transitional schemas, with markup-compatibility
 * handling), next to the repository or where PARAAT_OOXML_VALIDATOR and PARAAT_OOXML_SCHEMAS say.
 */
const VALIDATOR =
  process.env.PARAAT_OOXML_VALIDATOR ?? resolve(import.meta.dirname, '../../../shared/tools/ooxml-validate.mjs');
const SCHEMAS = process.env.PARAAT_OOXML_SCHEMAS ?? resolve(import.meta.dirname, '../../../shared/ooxml-schemas');

/** Why the check cannot run here, or null when it can. */
export function ooxmlValidatorMissing(): string | null {
  if (!existsSync(VALIDATOR)) return `the OOXML validator is not at ${VALIDATOR} (set PARAAT_OOXML_VALIDATOR)`;
  if (!existsSync(SCHEMAS)) return `the OOXML schemas are not at ${SCHEMAS} (set PARAAT_OOXML_SCHEMAS)`;
  if (spawnSync('xmllint', ['--version']).error) return 'xmllint is not installed (libxml2-utils)';
  return null;
}

/** The schema and package errors of a Word file: '' when it is valid, the validator's report otherwise. */
export function ooxmlErrors(path: string): string {
  const result = spawnSync(process.execPath, [VALIDATOR, path, SCHEMAS], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status === 0) return '';
  return `${result.stdout}\n${result.stderr}`.trim() || `validator exit status ${String(result.status)}`;
}

/**
 * The schema errors of a Word file ('' when valid), or the test skipped saying why the check cannot
 * run here: pass the test's own `skip`, so a machine without the validator shows a skipped test.
 */
export function ooxmlErrorsOrSkip(path: string, skip: (note?: string) => never): string {
  const missing = ooxmlValidatorMissing();
  if (missing) skip(missing);
  return ooxmlErrors(path);
}
