/**
 * Message templates use `{placeholder}` markers; a preview fills the ones it knows and leaves the
 * others visible, so a forgotten placeholder is noticed before the message goes out.
 *
 * A Dutch plan writes its markers in Dutch ({dienst}, {verwacht_herstel}); the English names of
 * earlier plans ({service}, {expectedRecovery}) keep working in either language.
 */
export const TEMPLATE_PLACEHOLDERS = {
  organisation: { nl: 'organisatie', en: 'organisation' },
  service: { nl: 'dienst', en: 'service' },
  expectedRecovery: { nl: 'verwacht_herstel', en: 'expectedRecovery' },
  contact: { nl: 'contact', en: 'contact' },
  date: { nl: 'datum', en: 'date' },
} as const;

export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;

const MARKER = /\{([\p{L}_]+)\}/gu;

/** The placeholder a marker's name stands for, in either language; undefined for an unknown name. */
function placeholderNamed(name: string): TemplatePlaceholder | undefined {
  const lower = name.toLocaleLowerCase();
  return (Object.keys(TEMPLATE_PLACEHOLDERS) as TemplatePlaceholder[]).find((key) => {
    const names = TEMPLATE_PLACEHOLDERS[key];
    return names.nl === lower || names.en.toLocaleLowerCase() === lower;
  });
}

/** The markers as a plan in this language writes them, for the hint beside a template. */
export function placeholderMarkers(language: 'nl' | 'en'): string[] {
  return Object.values(TEMPLATE_PLACEHOLDERS).map((names) => `{${names[language]}}`);
}

export function fillTemplate(template: string, values: Readonly<Partial<Record<TemplatePlaceholder, string>>>): string {
  return template.replace(MARKER, (marker, name: string) => {
    const key = placeholderNamed(name);
    const value = key ? values[key] : undefined;
    return value && value.trim() !== '' ? value : marker;
  });
}

/** The placeholders a template uses, once each, in order of appearance (unknown names as written). */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(MARKER)].map((match) => placeholderNamed(match[1]!) ?? match[1]!))];
}
