import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
// @ts-expect-error The rule is plain JavaScript, loaded by eslint.config.js.
import { translationKeys } from '../../eslint/translationKeys.js';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester().run('paraat/translation-keys', translationKeys, {
  valid: [
    "t('errors.internal')",
    "i18n.t('errors.in-use', { path })",
    // A key built at run time is the catalogues' test's job, not this rule's.
    't(`errors.${code}`)',
    "other('no.such.key')",
  ],
  invalid: [
    { code: "t('errors.noSuchError')", errors: [{ messageId: 'missing' }] },
    { code: "props.t('nothing.here')", errors: [{ messageId: 'missing' }] },
  ],
});
