import { existsSync } from 'node:fs';
import { FORMAT_VERSION } from '../storage/migrations';
import type { HandlerDeps, Handlers } from './handlerTypes';

/** The app itself: its version, the interface language and the list of recent plans. */
export function settingsHandlers({ appVersion, settings }: Pick<HandlerDeps, 'appVersion' | 'settings'>) {
  const recent = () => settings.read().recent.map((entry) => ({ ...entry, available: existsSync(entry.path) }));
  return {
    'app.info': () => ({ version: appVersion, formatVersion: FORMAT_VERSION }),
    'settings.get': () => ({ language: settings.read().language }),
    'settings.setLanguage': ({ language }) => ({ language: settings.setLanguage(language).language }),
    'imports.mappingFor': ({ list, layout }) => settings.importMapping(list, layout),
    'imports.rememberMapping': ({ list, layout, mapping }) => {
      settings.rememberImportMapping(list, layout, mapping);
      return null;
    },
    'recent.list': () => recent(),
    'recent.forget': ({ path }) => {
      settings.forgetPlan(path);
      return recent();
    },
  } satisfies Partial<Handlers>;
}
