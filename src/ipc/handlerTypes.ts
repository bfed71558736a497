import type { AppSettingsStore } from '../storage/appSettings';
import type { PdfPrinter } from '../export/pdf';
import type { Channel, PayloadOf, ResultOf } from './contract';

/** The operating system's file dialogs; the Electron shell shows real ones, tests answer directly. */
export interface Dialogs {
  chooseNewPlanPath(suggestedFileName: string): Promise<string | null>;
  chooseExistingPlan(): Promise<string | null>;
  chooseCopyPath(suggestedFileName: string): Promise<string | null>;
  /** Where to write an export; `extension` is the file type (docx, pdf). */
  chooseExportPath(suggestedFileName: string, extension: string): Promise<string | null>;
  /** A picture to add to the plan (PNG or JPEG; its bytes, not its name, decide). */
  choosePicture(): Promise<string | null>;
}

/** The operating system's desktop: open a file with its program, show it in its folder (Electron's shell). */
export interface Desktop {
  /** Resolves to '' when the file opened, else the system's reason. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface HandlerDeps {
  appVersion: string;
  settings: AppSettingsStore;
  dialogs: Dialogs;
  /** Folder with the fictional example plans (resources/examples). */
  examplesDirectory: string;
  /** Writable folder where an example is unpacked so it can be explored and edited. */
  scratchDirectory: string;
  /** Prints a print view to PDF (Electron's printToPDF); without it a Chromium on the machine is used. */
  printToPdf?: PdfPrinter;
  /** The portable program when Paraat runs as one (Windows); the off-line kit carries it beside the plan. */
  portableExecutable?: string;
  /** Opens what an export wrote; absent on the command line, where nothing is shown. */
  desktop?: Desktop;
}

/** Which window is asking; each window has at most one plan open. */
export interface CallContext {
  windowKey: string;
}

export type Handlers = {
  [C in Channel]: (payload: PayloadOf<C>, context: CallContext) => Promise<ResultOf<C>> | ResultOf<C>;
};
