import { SECTIONS } from '../../src/domain/plan';
import type { PlanJson } from '../../src/domain/planJson';

/**
 * Plan text written to do harm in a document: markup that closes the print view's style block,
 * script, event handlers, CSS that fetches, spreadsheet formulas, Word field codes. Each names
 * `origin` (a listener of the test's own on 127.0.0.1), so a request it makes is seen.
 */
export function hostileTexts(origin: string): string[] {
  return [
    `</style><script>fetch('${origin}/style-script')</script><style>`,
    `</title></head><body><script>fetch('${origin}/script')</script>`,
    `<img src="${origin}/img" onerror="fetch('${origin}/onerror')">`,
    `x"; background: url(${origin}/css-url); content: "`,
    `@import url(${origin}/import); <link rel="stylesheet" href="${origin}/link">`,
    `<iframe src="${origin}/iframe"></iframe><meta http-equiv="refresh" content="0;url=${origin}/refresh">`,
    `\\"\\3c/style\\3e <svg onload="fetch('${origin}/svg')"></svg>`,
    `=HYPERLINK("${origin}/formula","klik")`,
    `{ INCLUDETEXT "${origin}/field" } @SUM(1+1)`,
  ];
}

const TEXT_WIDGETS = ['text', 'longText', 'email', 'phone'];

/** The plan with every text field of every record holding one of `texts`, in turn. */
export function withTextEverywhere(plan: PlanJson, texts: readonly string[]): PlanJson {
  const copy = structuredClone(plan);
  let next = 0;
  const sections = copy.sections as Record<string, unknown>;
  for (const section of SECTIONS) {
    const content = sections[section.key];
    if (content === undefined) continue;
    const records = (Array.isArray(content) ? content : [content]) as Record<string, unknown>[];
    for (const record of records)
      for (const field of section.fields)
        if (TEXT_WIDGETS.includes(field.widget)) record[field.name] = texts[next++ % texts.length];
  }
  return copy;
}
