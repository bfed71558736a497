import { exportKitOfOpenPlan, type ChooseExportPath } from '../export/exportActions';
import type { PdfPrinter } from '../export/pdf';
import { openEncryptedPlan, saveEncryptedCopy } from '../storage/encryptedCopy';
import { ENCRYPTED_EXTENSION } from '../storage/encryptedFormat';
import { PLAN_EXTENSION } from '../storage/fileFormat';
import type { PlanDocument } from '../storage/planDocument';
import type { PlanFile } from '../storage/planFile';
import type { PayloadOf, PlanSummary, ResultOf } from './contract';

type EncryptionChannel = 'plan.saveEncryptedCopy' | 'plan.openEncrypted' | 'export.encryptedKit';

export interface EncryptionHooks<Context> {
  /** The plan this caller has open (throws 'no-plan-open'). */
  current(context: Context): PlanDocument;
  /** Makes a freshly opened plan this caller's plan and answers its summary. */
  adopt(context: Context, file: PlanFile): PlanSummary;
  /** The plan's file name as a copy dialog suggests it ("Gemeente Beekzande.paraat"). */
  suggestedFileName(document: PlanDocument): string;
  chooseExportPath: ChooseExportPath;
  printToPdf?: PdfPrinter;
  /** The running portable program (Windows), copied into the kit beside the plan. */
  portableExecutable?: string;
  runKey(context: Context): string;
}

/**
 * Encrypted plan copies. A passphrase arrives in a payload, is used for this one call and is
 * then dropped: never logged, stored, remembered for the next call or sent back.
 */
export function encryptionHandlers<Context>(hooks: EncryptionHooks<Context>): {
  [C in EncryptionChannel]: (payload: PayloadOf<C>, context: Context) => Promise<ResultOf<C>>;
} {
  return {
    'plan.saveEncryptedCopy': async ({ passphrase }, context) => {
      const document = hooks.current(context);
      const suggested = hooks
        .suggestedFileName(document)
        .replace(new RegExp(`\\.${PLAN_EXTENSION}$`), `.${ENCRYPTED_EXTENSION}`);
      const target = await hooks.chooseExportPath(suggested, ENCRYPTED_EXTENSION);
      if (!target) return null;
      await saveEncryptedCopy(document.db, document.file.path, target, passphrase);
      return { path: target };
    },
    'plan.openEncrypted': async ({ path, passphrase }, context) =>
      hooks.adopt(context, await openEncryptedPlan(path, passphrase)),
    'export.encryptedKit': ({ language, passphrase, documents }, context) =>
      exportKitOfOpenPlan(
        hooks.current(context),
        hooks.chooseExportPath,
        { language, includePrivate: false },
        hooks.printToPdf,
        hooks.runKey(context),
        {
          encryption: { passphrase, documents },
          programPath: hooks.portableExecutable,
        },
      ),
  };
}
