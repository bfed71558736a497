import ICAL from 'ical.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run';
import { writeKit } from '../../src/export/kit';
import { createPlan, openPlan } from '../builders/planFiles';
import { otherFiles, tempDir } from '../builders/tempDir';
import { paraat } from '../builders/commandLine';

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
    expect(summaries.some((summary) => String(summary).startsWith('Het IT-continuïteitsplan van'))).toBe(true);
    expect(summaries.some((summary) => String(summary).startsWith('Opleiding opnieuw nodig:'))).toBe(true);
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

describe("the off-line kit's plan for outside the app", { timeout: 120_000 }, () => {
  it('holds the web page, the contacts and the calendar, and its read-me the first steps and emergency numbers', async () => {
    const dir = tempDir();
    const plan = join(dir, 'example.paraat');
    expect((await paraat('example', plan, '--lang', 'en')).code).toBe(EXIT.ok);
    const folder = join(dir, 'Kit');
    const document = openPlan(plan);
    const kit = await writeKit(document, folder, { language: 'en', includePrivate: false }).finally(() =>
      document.close(),
    );
    const files = readdirSync(folder);
    const html = files.find((name) => name.endsWith('.html'))!;
    const vcf = files.find((name) => name.endsWith('.vcf'))!;
    expect(files.some((name) => name.endsWith('.ics'))).toBe(true);
    expect(kit.files).toEqual(expect.arrayContaining([html, vcf]));
    // The page names the contacts file beside it, so a phone user knows which file to open.
    expect(readFileSync(join(folder, html), 'utf8')).toContain(vcf);

    const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
    const firstStepsAt = readme.indexOf('FIRST STEPS');
    expect(firstStepsAt).toBeGreaterThan(0);
    expect(firstStepsAt).toBeLessThan(readme.indexOf('This folder holds'));
    expect(readme).toContain(`open ${html}`);
    expect(readme).toMatch(
      /CALL TREE\r\n1\. Receives the report · Helpdesk\r\n {3}Main contact: Pieter Wouters — Mobile 0470 11 22 04/,
    );
    expect(readme).toContain('Westkust ICT Partners — Emergency line 059 99 00 10');
    expect(readme).not.toContain('0470 55 66 01');
  });
});
