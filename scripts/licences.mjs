// The licences of what Paraat ships: every production dependency (transitively) found in
// node_modules, with its licence field and licence file text. Written at build time to
// dist-electron/THIRD-PARTY-LICENCES.txt, which the About dialog opens.
// Run: `node scripts/licences.mjs` (scripts/dist.mjs and the Electron build call it).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LICENCE_FILE = /^(licen[cs]e|copying)(\..*)?$/i;

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Where Node would find `name` from `fromDir`: the nearest node_modules up the tree. */
function findPackage(name, fromDir, rootDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === rootDir || dirname(dir) === dir) return null;
    dir = dirname(dir);
  }
}

function licenceName(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/**
 * The production dependencies of the project in `rootDir`, transitively (optional ones only when
 * installed), without `exclude`d names (e.g. electron itself, which ships its own licence files),
 * sorted by name.
 */
export function collectLicences(rootDir, { exclude = [] } = {}) {
  const root = readJson(join(rootDir, 'package.json'));
  const seen = new Map();
  const queue = Object.keys(root.dependencies ?? {}).map((name) => ({ name, from: rootDir, optional: false }));
  for (const name of Object.keys(root.optionalDependencies ?? {})) queue.push({ name, from: rootDir, optional: true });
  while (queue.length) {
    const { name, from, optional } = queue.shift();
    if (exclude.includes(name)) continue;
    const dir = findPackage(name, from, rootDir);
    if (!dir) {
      if (optional) continue;
      throw new Error(`Production dependency ${name} is not installed (npm install)`);
    }
    if (seen.has(dir)) continue;
    const pkg = readJson(join(dir, 'package.json'));
    const file = readdirSync(dir).find((entry) => LICENCE_FILE.test(entry));
    seen.set(dir, {
      name: pkg.name,
      version: pkg.version,
      licence: licenceName(pkg),
      text: file ? readFileSync(join(dir, file), 'utf8').trim() : null,
    });
    for (const dependency of Object.keys(pkg.dependencies ?? {}))
      queue.push({ name: dependency, from: dir, optional: false });
    for (const dependency of Object.keys(pkg.optionalDependencies ?? {}))
      queue.push({ name: dependency, from: dir, optional: true });
  }
  const unique = new Map([...seen.values()].map((entry) => [`${entry.name}@${entry.version}`, entry]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The licences as one plain text file, readable in any text viewer. */
export function licencesText(entries, { product, version, licence }) {
  const lines = [
    `${product} ${version} is released under the ${licence} licence.`,
    `It includes the following components, each under its own licence (${entries.length} packages).`,
    '',
  ];
  for (const entry of entries) {
    lines.push('='.repeat(72), `${entry.name} ${entry.version} — ${entry.licence}`, '='.repeat(72));
    lines.push(entry.text ?? `(No licence file in the package; its package.json declares: ${entry.licence}.)`, '');
  }
  return `${lines.join('\n')}\n`;
}

export function writeLicences(rootDir, outFile) {
  const root = readJson(join(rootDir, 'package.json'));
  const entries = collectLicences(rootDir, { exclude: ['electron'] });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    licencesText(entries, { product: root.productName ?? root.name, version: root.version, licence: root.license }),
  );
  return entries;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const entries = writeLicences(root, join(root, 'dist-electron', 'THIRD-PARTY-LICENCES.txt'));
  console.log(`[licences] ${entries.length} packages → dist-electron/THIRD-PARTY-LICENCES.txt`);
}
