import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/run';
import { RESOURCES_DIRECTORY } from '../builders/handlerHarness';
import { createPlan } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';

async function paraat(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    resourcesDirectory: RESOURCES_DIRECTORY,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paraat export --html --vcf --ics', { timeout: 120_000 }, () => {
  it("writes the example plan's web page, contacts and reminders", async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan)).code).toBe(EXIT.ok);
    const [html, vcf, ics] = ['plan.html', 'contacts.vcf', 'reminders.ics'].map((name) => join(dir, name)) as [
      string,
      string,
      string,
    ];
    const result = await paraat('export', plan, '--html', html, '--vcf', vcf, '--ics', ics, '--no-private');
    expect(result).toMatchObject({ code: EXIT.ok });

    const page = readFileSync(html, 'utf8');
    expect(page).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(page).toContain('href="tel:059990010"');
    expect(page).toContain('Westkust ICT Partners');

    const cards = ICAL.parse(readFileSync(vcf, 'utf8')) as unknown[];
    const names = cards.map((card) => new ICAL.Component(card as never).getFirstPropertyValue('fn'));
    expect(names).toContain('Eline Vermeersch');
    expect(names).toContain('Westkust ICT Partners');
    // The edition without private data holds no private number, consent or not.
    expect(readFileSync(vcf, 'utf8')).not.toContain('0470 55 66 01');

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')) as never);
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'));
    expect(summaries).toContain('Contract loopt af: Westkust ICT Partners');
    expect(summaries.some((summary) => String(summary).startsWith('Hersteltest nodig:'))).toBe(true);
  });

  it('says a plan has nobody to call or no dates, and writes no file at all', async () => {
    const dir = tempDir();
    const plan = createPlan(dir);
    const contacts = await paraat('export', plan, '--html', join(dir, 'plan.html'), '--vcf', join(dir, 'c.vcf'));
    expect(contacts).toMatchObject({ code: EXIT.usage });
    expect(contacts.err).toContain('nobody to call yet');
    const dates = await paraat('export', plan, '--ics', join(dir, 'r.ics'));
    expect(dates).toMatchObject({ code: EXIT.usage });
    expect(dates.err).toContain('no dates yet');
    expect(otherFiles(dir, 'plan.paraat')).toEqual([]);
  });
});
