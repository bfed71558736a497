import { chromiumPrinter, findChromium } from '../export/pdf';
import { withAppHandlers } from './appHandlers';
import { NOT_STORED, type SecretSource, passphraseToEncrypt } from './encryptionCommands';
import { type CommandOutcome, chosenLanguage, refuseExisting } from './exportCommands';

export interface KitRequest {
  language?: string;
  includePrivate: boolean;
  /** `--encrypt`: the plan copy encrypted; Word, PDF and card without private data (`without-private`) or left out (`none`). */
  encrypt?: { documents: 'without-private' | 'none' };
}

/**
 * `paraat kit <file> <new folder> [--lang nl|en] [--no-private] [--encrypt [--no-documents]]`: the off-line
 * kit for a USB stick, made by the app's kit handlers with the folder dialog answered by `folder`.
 */
export async function kitCommand(
  file: string,
  folder: string,
  request: KitRequest,
  resourcesDirectory: string,
  source: SecretSource = {},
): Promise<CommandOutcome> {
  const refused = refuseExisting(folder);
  if (refused) return refused;
  const chromium = request.encrypt?.documents === 'none' ? null : findChromium();
  const printToPdf = chromium ? chromiumPrinter(chromium) : undefined;
  return withAppHandlers(resourcesDirectory, { printToPdf }, async (app): Promise<CommandOutcome> => {
    const summary = await app.call('plan.open', { path: file });
    const chosen = chosenLanguage(request.language, summary?.language);
    if ('usage' in chosen) return { ok: false, usage: chosen.usage };
    const { language } = chosen;
    if (!request.encrypt) {
      const kit = await app.call('export.kit', { language, includePrivate: request.includePrivate }, folder);
      return {
        ok: true,
        messages: [
          `Off-line kit written to ${kit!.path}: ${kit!.files.join(', ')}`,
          ...(chromium
            ? []
            : [
                'No Chromium or Chrome was found (PARAAT_CHROMIUM): the emergency card is a Word document, and there is no pocket card.',
              ]),
        ],
      };
    }
    const answer = await passphraseToEncrypt(source);
    if ('usage' in answer) return { ok: false, usage: answer.usage };
    const { documents } = request.encrypt;
    const kit = await app.call('export.encryptedKit', { language, passphrase: answer.passphrase, documents }, folder);
    return {
      ok: true,
      messages: [
        `Off-line kit with an encrypted plan copy written to ${kit!.path}: ${kit!.files.join(', ')}`,
        documents === 'none'
          ? 'Word, PDF and emergency card were left out.'
          : 'Word, PDF and emergency card are not encrypted and were made without private data.',
        NOT_STORED,
      ],
    };
  });
}
