/**
 * Doyensec's Electronegativity over the Electron shell and the app's sources, offline and fast,
 * judged against security/electronegativity-exceptions.json: a finding above "low" fails unless an
 * exception names its check and file with a written reason. Used by `npm run lint:electron` and by
 * tests/integration/electronegativity.test.ts (which also proves a real regression fails).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const EXCEPTIONS_FILE = join(REPO, 'security/electronegativity-exceptions.json');
/** What is scanned: the shell, and everything it bundles or loads (main-process code, renderer, index.html). */
export const SCANNED = ['electron', 'src'];

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
type Severity = (typeof SEVERITIES)[number];

/**
 * Electronegativity rates Node in the page as merely informational when it sees no remote content
 * loaded. Paraat loads none either, but a page with Node would turn any HTML injection (a pasted
 * plan text) into code execution, so these count as high whatever the rating.
 */
const ALWAYS_HIGH = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK']);

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  file: string;
  line: number;
  sample: string;
  description: string;
}

export interface Scan {
  findings: Finding[];
  /** Files Electronegativity could not parse: its checks did not see them, so the scan is not whole. */
  unreadable: { file: string; message: string }[];
  checksRun: number;
}

const exceptionsSchema = z.strictObject({
  skippedChecks: z.array(z.strictObject({ check: z.string().min(1), why: z.string().min(40) })),
  findings: z.array(z.strictObject({ check: z.string().min(1), file: z.string().min(1), why: z.string().min(40) })),
});
export type Exceptions = z.infer<typeof exceptionsSchema>;

export function readExceptions(path = EXCEPTIONS_FILE): Exceptions {
  return exceptionsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  sample?: string;
  description: string;
}
type Runner = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[]; atomicChecks: number; globalChecks: number }>;

/**
 * Loads Electronegativity with its HTTP client replaced by one that answers "not found" at once: it
 * otherwise fetches translations from S3 and Electron's release list from GitHub on every run, which
 * would make CI depend on the network (and wait for time-outs without it).
 */
function loadRunner(): Runner {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(join(root, 'package.json')).resolve('got');
  const notFound = async () => ({ statusCode: 404, body: '', headers: {} });
  const offline = Object.assign(notFound, { head: notFound, get: notFound });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return require('@doyensec/electronegativity') as Runner;
}

/**
 * Electronegativity ends the process on a check name it does not know; say which one instead, so a
 * typo in the exceptions file (or a check renamed in a newer version) is a clear failure.
 */
function assertKnownChecks(names: readonly string[]): void {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const checks = [
    ...(require(join(root, 'dist/finder/checks/AtomicChecks')) as { CHECKS: { name: string }[] }).CHECKS,
    ...(require(join(root, 'dist/finder/checks/GlobalChecks')) as { GLOBAL_CHECKS: { name: string }[] }).GLOBAL_CHECKS,
  ].map((check) => check.name.toLowerCase());
  const unknown = names.filter((name) => !checks.includes(name.toLowerCase()));
  if (unknown.length) throw new Error(`Electronegativity has no check named ${unknown.join(', ')} (skippedChecks in ${EXCEPTIONS_FILE})`);
}

/** The Electron version the app ships, from package.json, so no check has to look it up. */
function shippedElectronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
  const version = pkg.optionalDependencies?.electron;
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json pins no exact Electron version (found ${version})`);
  return version;
}

/**
 * Scans `paths` (relative to `root`) as one application: they are copied into a scratch folder so
 * the findings' file names are the repository's and the global checks (CSP, navigation,
 * permissions) see every file together.
 */
export async function scan(options: { root?: string; paths?: string[]; skippedChecks?: string[] } = {}): Promise<Scan> {
  const root = options.root ?? REPO;
  const skipped = options.skippedChecks ?? readExceptions().skippedChecks.map((check) => check.check);
  assertKnownChecks(skipped);
  const folder = mkdtempSync(join(tmpdir(), 'paraat-electronegativity-'));
  try {
    for (const path of options.paths ?? SCANNED) cpSync(join(root, path), join(folder, path), { recursive: true });
    const result = await loadRunner()({
      input: folder,
      isRelative: true,
      electronVersionOverride: shippedElectronVersion(),
      customScan: [],
      excludeFromScan: skipped,
      parserPlugins: [],
    });
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        severity: ALWAYS_HIGH.has(issue.id) ? 'HIGH' : toSeverity(issue.severity.name),
        confidence: issue.confidence.name,
        // Forward slashes, as the exceptions file names them, on Windows too.
        file: issue.file.replaceAll('\\', '/'),
        line: issue.location.line,
        sample: (issue.sample ?? '').trim().slice(0, 200),
        description: issue.description,
      })),
      unreadable: result.errors.filter((error) => !error.tolerable).map(({ file, message }) => ({ file: file.slice(folder.length + 1), message })),
      checksRun: result.atomicChecks + result.globalChecks,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function toSeverity(name: string): Severity {
  // An unknown level is treated as the worst, so a new Electronegativity cannot hide a finding.
  return (SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'HIGH';
}

export interface Verdict {
  failing: Finding[];
  excepted: (Finding & { why: string })[];
  /** Low and informational findings: reported, never failing. */
  noted: Finding[];
  /** Exceptions that match no finding any more: they must be removed so the list stays honest. */
  staleExceptions: Exceptions['findings'];
  ok: boolean;
}

export function judge(result: Scan, exceptions: Exceptions): Verdict {
  const verdict: Verdict = { failing: [], excepted: [], noted: [], staleExceptions: [], ok: false };
  const used = new Set<number>();
  for (const finding of result.findings) {
    if (SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf('LOW')) {
      verdict.noted.push(finding);
      continue;
    }
    const index = exceptions.findings.findIndex((exception) => exception.check === finding.check && exception.file === finding.file);
    if (index < 0) verdict.failing.push(finding);
    else {
      used.add(index);
      verdict.excepted.push({ ...finding, why: exceptions.findings[index]!.why });
    }
  }
  verdict.staleExceptions = exceptions.findings.filter((_exception, index) => !used.has(index));
  verdict.ok = verdict.failing.length === 0 && verdict.staleExceptions.length === 0 && result.unreadable.length === 0;
  return verdict;
}

export function report(result: Scan, verdict: Verdict): string {
  const line = (finding: Finding) => `  ${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line}  ${finding.sample.split('\n')[0]}`;
  return [
    `Electronegativity: ${result.checksRun} checks over ${SCANNED.join(', ')}; ${verdict.failing.length} failing, ${verdict.excepted.length} excepted, ${verdict.noted.length} low or informational.`,
    ...(verdict.failing.length ? ['Failing (above low, no exception in security/electronegativity-exceptions.json):', ...verdict.failing.map((f) => `${line(f)}\n      ${f.description}`)] : []),
    ...(verdict.staleExceptions.length ? ['Exceptions that match no finding any more (remove them):', ...verdict.staleExceptions.map((e) => `  ${e.check} ${e.file}`)] : []),
    ...(result.unreadable.length ? ['Files Electronegativity could not read (their checks did not run):', ...result.unreadable.map((u) => `  ${u.file}: ${u.message}`)] : []),
    ...(verdict.excepted.length ? ['Excepted:', ...verdict.excepted.map(line)] : []),
    ...(verdict.noted.length ? ['Low or informational:', ...verdict.noted.map(line)] : []),
  ].join('\n');
}

async function main() {
  const result = await scan();
  const verdict = judge(result, readExceptions());
  console.log(report(result, verdict));
  process.exitCode = verdict.ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
