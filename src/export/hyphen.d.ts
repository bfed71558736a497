/** The hyphen package's pattern modules (CommonJS, no types): a text with soft hyphens at its syllables. */
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/nl' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/en-gb' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
