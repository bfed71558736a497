import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PLAN_LANGUAGES } from '../domain/organisationKinds';
import { bytes, writeWhole } from './wholeFile';

const MAX_RECENT = 10;
/** Column choices remembered for this many file layouts, the most recent first. */
const MAX_IMPORT_LAYOUTS = 40;

const settingsSchema = z.object({
  language: z.enum(PLAN_LANGUAGES).default('nl'),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
  /** The columns a coordinator chose for a list file of one layout (its headers), to propose them next time. */
  importMappings: z
    .array(z.object({ list: z.string(), layout: z.string(), mapping: z.array(z.string().nullable()) }))
    .default([]),
});

export type AppSettings = z.infer<typeof settingsSchema>;

/**
 * The app's own settings (interface language, recent plans), kept in the user's profile. Never
 * inside a plan: a plan travels to other laptops, these stay with the person.
 */
export class AppSettingsStore {
  private readonly file: string;

  constructor(private readonly directory: string) {
    this.file = join(directory, 'settings.json');
  }

  read(): AppSettings {
    try {
      return settingsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return settingsSchema.parse({});
    }
  }

  protected write(settings: AppSettings): void {
    mkdirSync(this.directory, { recursive: true });
    writeWhole(this.file, { purpose: 'saving', write: bytes(JSON.stringify(settings, null, 2)) });
  }

  setLanguage(language: AppSettings['language']): AppSettings {
    const settings = { ...this.read(), language };
    this.write(settings);
    return settings;
  }

  rememberPlan(path: string, name: string): void {
    const settings = this.read();
    const recent = [
      { path, name, openedAt: new Date().toISOString() },
      ...settings.recent.filter((r) => r.path !== path),
    ];
    this.write({ ...settings, recent: recent.slice(0, MAX_RECENT) });
  }

  importMapping(list: string, layout: string): (string | null)[] | null {
    return this.read().importMappings.find((entry) => entry.list === list && entry.layout === layout)?.mapping ?? null;
  }

  rememberImportMapping(list: string, layout: string, mapping: (string | null)[]): void {
    const settings = this.read();
    const others = settings.importMappings.filter((entry) => !(entry.list === list && entry.layout === layout));
    this.write({ ...settings, importMappings: [{ list, layout, mapping }, ...others].slice(0, MAX_IMPORT_LAYOUTS) });
  }

  forgetPlan(path: string): void {
    const settings = this.read();
    this.write({ ...settings, recent: settings.recent.filter((r) => r.path !== path) });
  }
}

/**
 * Settings that last as long as one command-line run: the command line goes through the app's
 * handlers but remembers nothing in the user's profile (no recent plans, no import layouts).
 */
export class TransientSettingsStore extends AppSettingsStore {
  private settings = settingsSchema.parse({});

  constructor() {
    super('');
  }

  override read(): AppSettings {
    return this.settings;
  }

  protected override write(settings: AppSettings): void {
    this.settings = settings;
  }
}
