import { type BrowserWindow, dialog } from 'electron';
import type { TFunction } from 'i18next';
import { join } from 'node:path';
import type { Dialogs } from '../src/ipc/handlers';
import { ENCRYPTED_EXTENSION } from '../src/storage/encryptedFormat';
import { PLAN_EXTENSION } from '../src/storage/fileFormat';

/** The operating system's file dialogs, in the interface language, for the window that asked. */
export function nativeDialogs(
  window: () => BrowserWindow | undefined,
  t: () => TFunction,
  defaultFolder: () => string,
): Dialogs {
  const filters = () => [{ name: t()('common.dialogs.planFiles'), extensions: [PLAN_EXTENSION] }];
  const save = async (titleKey: string, suggestedFileName: string) => {
    const owner = window();
    const options = { title: t()(titleKey), defaultPath: join(defaultFolder(), suggestedFileName), filters: filters() };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const saveExport = async (suggestedFileName: string, extension: string) => {
    const owner = window();
    const options = {
      title: t()('exports.panel.dialogTitle'),
      defaultPath: join(defaultFolder(), suggestedFileName),
      // No extension: the dialog names a new folder (the off-line kit).
      filters: extension ? [{ name: t()(`exports.panel.fileTypes.${extension}`), extensions: [extension] }] : [],
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    chooseExportPath: saveExport,
    chooseNewPlanPath: (name) => save('common.dialogs.newPlan', name),
    chooseCopyPath: (name) => save('common.dialogs.saveCopy', name),
    choosePicture: async () => {
      const owner = window();
      const options = {
        title: t()('servicesInventory.pictures.dialogTitle'),
        filters: [{ name: t()('servicesInventory.pictures.fileTypes'), extensions: ['png', 'jpg', 'jpeg'] }],
        properties: ['openFile' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseExistingPlan: async () => {
      const owner = window();
      // Encrypted copies (.paraatx) open from the same dialog; the file's content, not its name, decides.
      const openFilters = [
        { name: t()('common.dialogs.planFiles'), extensions: [PLAN_EXTENSION, ENCRYPTED_EXTENSION] },
      ];
      const options = {
        title: t()('common.dialogs.openPlan'),
        filters: openFilters,
        properties: ['openFile' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
