import en from '../locales/en/encryption/encryption.json' with { type: 'json' };
import nl from '../locales/nl/encryption/encryption.json' with { type: 'json' };
import type { AreaCatalogue } from './area';

/**
 * Encrypted plan copies: the passphrase dialogs (`encryption`), their refusals (`errors`), the
 * read-only reason and the encrypted off-line kit's files and read-me (`exports.kit`).
 */
export const encryptionCatalogue: AreaCatalogue = { nl, en };
