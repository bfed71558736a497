import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogues';
import { problemText } from '../../src/renderer/app/problemText';

async function english() {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: catalogues.en } },
    lng: 'en',
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
