/**
 * Message templates use `{placeholder}` markers; a preview fills the ones it knows and leaves the
 * others visible, so a forgotten placeholder is noticed before the message goes out.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (marker, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value && value.trim() !== '' ? value : marker;
  });
}

/** The placeholders a template uses, once each, in order of appearance. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!))];
}
