// An ESLint rule: every translation key written as a string in a t('…') call exists in both the
// Dutch and the English catalogue, so no string shows as its raw key in either language.
import { tsImport } from 'tsx/esm/api';

const { catalogues } = await tsImport('../src/i18n/catalogues.ts', import.meta.url);

/** i18next finds `key` as itself, as an object (returnObjects), or as its plural forms. */
function has(tree, key) {
  const parts = key.split('.');
  const last = parts.pop();
  let node = tree;
  for (const part of parts) {
    node = node && typeof node === 'object' ? node[part] : undefined;
    if (node === undefined) return false;
  }
  if (!node || typeof node !== 'object') return false;
  return last in node || `${last}_one` in node || `${last}_other` in node;
}

const isTranslate = (callee) =>
  (callee.type === 'Identifier' && callee.name === 't') ||
  (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 't');

export const translationKeys = {
  meta: {
    type: 'problem',
    docs: { description: 'every t() key exists in the nl and en catalogues' },
    messages: { missing: "Translation key '{{key}}' is missing in the {{languages}} catalogue." },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const [first] = node.arguments;
        if (!isTranslate(node.callee) || !first || first.type !== 'Literal' || typeof first.value !== 'string') return;
        const key = first.value;
        const missing = ['nl', 'en'].filter((language) => !has(catalogues[language], key));
        if (missing.length > 0)
          context.report({ node: first, messageId: 'missing', data: { key, languages: missing.join(' and ') } });
      },
    };
  },
};
