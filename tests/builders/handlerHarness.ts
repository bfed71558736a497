import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import type { Envelope } from '../../src/ipc/contract';
import { type Dialogs, type HandlerDeps, createHandlers, dispatch } from '../../src/ipc/handlers';
import { AppSettingsStore } from '../../src/storage/appSettings';
import { tempDir } from './tempDir';

export const RESOURCES_DIRECTORY = fileURLToPath(new URL('../../resources', import.meta.url));
export const EXAMPLES_DIRECTORY = join(RESOURCES_DIRECTORY, 'examples');

/** What the fake file dialogs answer next; null is the user pressing Cancel. */
export interface DialogAnswers {
  newPlanPath: string | null;
  existingPlan: string | null;
  copyPath: string | null;
  exportPath: string | null;
  picturePath: string | null;
}

/** File dialogs that answer from `answers` and remember the file names they suggested. */
export class FakeDialogs implements Dialogs {
  readonly answers: DialogAnswers = {
    newPlanPath: null,
    existingPlan: null,
    copyPath: null,
    exportPath: null,
    picturePath: null,
  };
  readonly suggested: string[] = [];

  async chooseNewPlanPath(suggestedFileName: string) {
    this.suggested.push(suggestedFileName);
    return this.answers.newPlanPath;
  }

  async chooseExistingPlan() {
    return this.answers.existingPlan;
  }

  async chooseCopyPath(suggestedFileName: string) {
    this.suggested.push(suggestedFileName);
    return this.answers.copyPath;
  }

  async chooseExportPath(suggestedFileName: string) {
    this.suggested.push(suggestedFileName);
    return this.answers.exportPath;
  }

  async choosePicture() {
    return this.answers.picturePath;
  }
}

export interface Harness {
  /** A temp folder for plan files of this test. */
  dir: string;
  settingsDirectory: string;
  scratchDirectory: string;
  dialogs: FakeDialogs;
  settings: AppSettingsStore;
  /** Calls a channel exactly like ipcMain does: untyped channel and payload, answer as an envelope. */
  call(channel: unknown, payload?: unknown, windowKey?: string): Promise<Envelope<unknown>>;
  /** Calls and expects success; returns the value. */
  ok<T = unknown>(channel: string, payload?: unknown, windowKey?: string): Promise<T>;
  /** Calls and expects a failure with this code; returns the error. */
  fails(
    code: string,
    channel: unknown,
    payload?: unknown,
    windowKey?: string,
  ): Promise<{ code: string; message: string }>;
  closeWindow(windowKey: string): void;
}

/**
 * The main process's side of the bridge with fake dialogs, a temp settings folder and a temp
 * scratch folder; every plan it opened is closed when the test ends.
 */
export function handlerHarness(extra: Pick<HandlerDeps, 'desktop'> = {}): Harness {
  const dir = tempDir();
  const settingsDirectory = join(dir, 'settings');
  const scratchDirectory = join(dir, 'scratch');
  const dialogs = new FakeDialogs();
  const settings = new AppSettingsStore(settingsDirectory);
  const app = createHandlers({
    appVersion: '0.0.0-test',
    settings,
    dialogs,
    examplesDirectory: EXAMPLES_DIRECTORY,
    scratchDirectory,
    ...extra,
  });
  // Closing before the folder goes away: an open plan holds its file locked.
  onTestFinished(() => app.closeAll());

  const call = (channel: unknown, payload?: unknown, windowKey = 'main') =>
    dispatch(app.handlers, channel, payload, { windowKey });
  return {
    dir,
    settingsDirectory,
    scratchDirectory,
    dialogs,
    settings,
    call,
    ok: async <T>(channel: string, payload?: unknown, windowKey?: string) => {
      const answer = await call(channel, payload, windowKey);
      if (!answer.ok) expect.fail(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
      return answer.value as T;
    },
    fails: async (code, channel, payload, windowKey) => {
      const answer = await call(channel, payload, windowKey);
      if (answer.ok) expect.fail(`${String(channel)} succeeded, expected ${code}`);
      expect(answer.error.code, answer.error.message).toBe(code);
      return answer.error;
    },
    closeWindow: (windowKey) => app.closeWindow(windowKey),
  };
}
