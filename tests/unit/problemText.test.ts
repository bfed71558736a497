import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogues';
import { problemText } from '../../src/renderer/app/problemText';

async function english(lng: 'en' | 'nl' = 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: catalogues.en }, nl: { translation: catalogues.nl } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('the sentence shown for a failure', () => {
  it("reads the catalogue's wording with the failure's values", async () => {
    const t = await english();
    const text = problemText(t, { code: 'in-use', params: { path: 'D:\\plan.paraat' } });
    expect(text).toContain('D:\\plan.paraat');
    expect(text).toContain('already open');
  });

  it('uses the wording of a place that says it its own way, and the general wording elsewhere', async () => {
    const t = await english();
    const problem = { code: 'write-failed', params: { path: 'E:\\plan.docx', detail: 'ENOSPC' } };
    expect(problemText(t, problem, { specific: 'exports.panel.errors' })).toContain('No half-written file');
    expect(problemText(t, problem)).toContain('Your input is still on the screen');
    expect(problemText(t, { code: 'in-use', params: { path: 'x' } }, { specific: 'exports.panel.errors' })).toBe(
      problemText(t, { code: 'in-use', params: { path: 'x' } }),
    );
  });

  it("says which thing is too large in the reader's language: an issued version, an encrypted copy", async () => {
    const dutch = await english('nl');
    const version = { code: 'too-large', params: { context: 'version', version: '9.0', limit: '64 MB' } };
    expect(problemText(dutch, version)).toContain('Uitgegeven versie 9.0');
    expect(problemText(dutch, version)).not.toMatch(/Version|{{/);
    expect(problemText(await english(), version)).toContain('Issued version 9.0');
    const copy = { code: 'too-large', params: { context: 'copy', path: 'E:\\plan.paraatx', limit: '256 MB' } };
    expect(problemText(dutch, copy)).toMatch(/^Deze versleutelde kopie .*E:\\plan\.paraatx/);
  });

  it('lets the place name the file itself, and says something went wrong for a code no catalogue knows', async () => {
    const t = await english();
    const named = problemText(t, { code: 'in-use', params: { path: '/long/path' } }, { params: { path: 'plan' } });
    expect(named).toContain('plan');
    expect(named).not.toContain('/long/path');
    const unknown = problemText(t, { code: 'no-such-code', params: { message: 'boom' } });
    expect(unknown).toBe(t('errors.internal', { message: 'boom' }));
    expect(unknown).not.toContain('no-such-code');
  });
});
