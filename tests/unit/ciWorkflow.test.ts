import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEBIAN_PACKAGES, type TestTool } from '../../scripts/test-tools';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy: { matrix: { include: { name: string; os: string }[] } };
  steps: Step[];
}

/** The workflow as GitHub reads it: YAML parsed strictly, so a tab or a duplicated key fails here first. */
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8'), { strict: true, uniqueKeys: true }) as {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const [job] = Object.values(workflow.jobs);
const steps = job!.steps;
const running = (command: RegExp) => steps.filter((step) => command.test(step.run ?? ''));

describe('the GitHub Actions workflow', () => {
  it('runs on every push to main and every pull request, on Windows, macOS and Linux', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(job!.strategy.matrix.include.map((entry) => entry.os).sort()).toEqual([
      'macos-latest',
      'ubuntu-latest',
      'windows-latest',
    ]);
    expect(job!['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs from the lock file, then runs the checks and the unit, integration and e2e tests', () => {
    const order = [/npm ci\b/, /npm run test:unit/, /npm run test:e2e/, /npm run dist/].map((command) =>
      steps.findIndex((step) => command.test(step.run ?? '')),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const checks = running(/npm run test:unit/)[0]!.run!;
    for (const check of ['test:tools', 'typecheck', 'lint', 'format:check']) expect(checks).toContain(check);
  });

  it('installs every program the tests drive on each system before the tests start (Chrome comes with the runners)', () => {
    const packages: Record<string, Record<Exclude<TestTool, 'chromium'>, string>> = {
      Linux: {
        libreoffice: DEBIAN_PACKAGES.libreoffice[0]!,
        poppler: DEBIAN_PACKAGES.poppler[0]!,
        qpdf: DEBIAN_PACKAGES.qpdf[0]!,
      },
      macOS: { libreoffice: 'libreoffice', poppler: 'poppler', qpdf: 'qpdf' },
      Windows: { libreoffice: 'libreoffice-fresh', poppler: 'poppler', qpdf: 'qpdf' },
    };
    const firstTest = steps.findIndex((step) => /npm run test:/.test(step.run ?? ''));
    for (const [system, wanted] of Object.entries(packages)) {
      const installs = steps
        .slice(0, firstTest)
        .filter((step) => step.if === `runner.os == '${system}'`)
        .map((step) => step.run ?? '')
        .join('\n');
      for (const name of Object.values(wanted)) expect(installs.split(/\s+/), `${system}: ${name}`).toContain(name);
    }
  });

  it('runs the Electron e2e under a virtual display on Linux', () => {
    const linux = running(/npm run test:e2e/).find((step) => step.if?.includes("== 'Linux'"));
    expect(linux?.run).toMatch(/^xvfb-run\b/);
    expect(running(/npm run test:e2e/).find((step) => step.if?.includes("!= 'Linux'"))).toBeDefined();
  });

  it('keeps the installers of every system as artifacts', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && !step.if);
    expect(upload?.with?.name).toBe('paraat-${{ matrix.name }}');
    expect(String(upload?.with?.path)).toMatch(/release\/\*\.exe[\s\S]*release\/\*\.dmg[\s\S]*release\/\*\.AppImage/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });

  it('uses only actions pinned to a major version, with a name for every step', () => {
    for (const step of steps) {
      expect(step.name, JSON.stringify(step)).toBeTruthy();
      if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });
});
