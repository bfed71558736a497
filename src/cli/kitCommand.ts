import { writeKit } from '../export/kit';
import { chromiumPrinter, findChromium } from '../export/pdf';
import { PlanDocument } from '../storage/planDocument';
import { openPlanFile } from '../storage/planFile';
import { NOT_STORED, type SecretSource, passphraseToEncrypt } from './encryptionCommands';
import { type CommandOutcome, chosenLanguage, refuseExisting } from './exportCommands';

export interface KitRequest {
  language?: string;
  includePrivate: boolean;
  /** `--encrypt`: the plan copy encrypted; Word, PDF and card without private data (`without-private`) or left out (`none`). */
  encrypt?: { documents: 'without-private' | 'none' };
}

/** `paraat kit <file> <new folder> [--lang nl|en] [--no-private] [--encrypt [--no-documents]]`: the off-line kit for a USB stick. */
export async function kitCommand(
  file: string,
  folder: string,
  request: KitRequest,
  source: SecretSource = {},
): Promise<CommandOutcome> {
  const refused = refuseExisting(folder);
  if (refused) return refused;
  const document = new PlanDocument(openPlanFile(file));
  try {
    const chosen = chosenLanguage(request.language, document.meta.get('language'));
    if ('usage' in chosen) return { ok: false, usage: chosen.usage };
    const { language } = chosen;
    const answer = request.encrypt ? await passphraseToEncrypt(source) : null;
    if (answer && 'usage' in answer) return { ok: false, usage: answer.usage };
    const chromium = request.encrypt?.documents === 'none' ? null : findChromium();
    const printer = chromium ? chromiumPrinter(chromium) : undefined;
    if (!request.encrypt || !answer) {
      const kit = await writeKit(document, folder, { language, includePrivate: request.includePrivate }, printer);
      return {
        ok: true,
        messages: [
          `Off-line kit written to ${kit.folder}: ${kit.files.join(', ')}`,
          ...(chromium
            ? []
            : [
                'No Chromium or Chrome was found (PARAAT_CHROMIUM): the kit has no PDF, and the card is a Word document.',
              ]),
        ],
      };
    }
    const { documents } = request.encrypt;
    const kit = await writeKit(document, folder, { language, includePrivate: false }, printer, undefined, {
      encryption: { passphrase: answer.passphrase, documents },
    });
    return {
      ok: true,
      messages: [
        `Off-line kit with an encrypted plan copy written to ${kit.folder}: ${kit.files.join(', ')}`,
        documents === 'none'
          ? 'Word, PDF and emergency card were left out.'
          : 'Word, PDF and emergency card are not encrypted and were made without private data.',
        NOT_STORED,
      ],
    };
  } finally {
    document.close();
  }
}
