import { z } from 'zod';
import { ORGANISATION_KINDS, PLAN_LANGUAGES } from '../domain/organisationKinds';
import { IMPORT_ROW_LIMIT } from '../domain/csv/sheet';
import { DEPENDENCY_LIMITS } from '../domain/rules/inventoryCsv';
import { ACTIVATION_KINDS } from '../domain/sections/activation';
import { PICTURE_MEDIA_TYPES, captionSchema } from '../domain/pictures';
import { INCIDENT_LEVELS } from '../domain/sections/alarm';
import { STEP_IDS } from '../domain/steps';

/**
 * The one list of what the renderer may ask of the main process: each channel with the schema of
 * its payload (checked in main before any handler runs) and of its result. The preload exposes
 * exactly these channel names; the renderer's client is typed from this file.
 */

const sectionKey = z.string().regex(/^[a-z][a-zA-Z]{1,40}$/);
const itemId = z.string().min(1).max(64);
const fieldValues = z.record(z.string().max(64), z.unknown());
const language = z.enum(PLAN_LANGUAGES);
const nothing = z.undefined();

/** What `plan.reattach` found at the plan's place. */
export const REATTACH_STATUSES = [
  'reattached',
  'missing',
  'read-only',
  'different-plan',
  'changed-elsewhere',
  'in-use',
] as const;
export type ReattachStatus = (typeof REATTACH_STATUSES)[number];

export const planSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  folder: z.string(),
  name: z.string(),
  kind: z.union([z.literal(''), z.enum(ORGANISATION_KINDS)]),
  language,
  readOnly: z.union([z.null(), z.enum(['file', 'medium', 'encrypted'])]),
  isExample: z.boolean(),
  formatVersion: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

const itemSchema = fieldValues.and(z.object({ id: itemId }));
const stepProgressSchema = z.array(
  z.object({ step: z.enum(STEP_IDS), status: z.enum(['empty', 'partial', 'complete', 'derived']) }),
);
const findingSchema = z.object({
  code: z.string(),
  message: z.string(),
  severity: z.enum(['high', 'medium', 'low']),
  step: z.enum(STEP_IDS),
  section: z.string().optional(),
  itemId: z.string().optional(),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  row: z.number().int().optional(),
  itemTitle: z.string().optional(),
  endangersRto: z.number().optional(),
});
const planHealthSchema = z.object({
  score: z.number(),
  completeness: z.number(),
  steps: z.array(
    z.object({
      step: z.enum(STEP_IDS),
      status: z.enum(['empty', 'partial', 'complete', 'derived']),
      warnings: z.number().int(),
    }),
  ),
  warnings: z.array(findingSchema),
  /** The last days' scores, oldest first, kept in the plan file. */
  history: z.array(z.object({ date: z.iso.date(), score: z.number() })),
});
export type PlanHealthResult = z.infer<typeof planHealthSchema>;
const recentPlanSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string(), available: z.boolean() });

function channel<P extends z.ZodType, R extends z.ZodType>(payload: P, result: R) {
  return { payload, result };
}

const versionNumber = z.string().regex(/^\d{1,4}\.\d{1,4}$/);
const issuedVersionSchema = z.object({
  number: z.string(),
  issuedAt: z.string(),
  comment: z.string(),
  approvedBy: z.string(),
  approvedOn: z.string(),
});
const itemRefSchema = z.object({ id: z.string(), title: z.string() });
const pictureSchema = z.object({
  id: z.string(),
  caption: z.string(),
  mediaType: z.enum(PICTURE_MEDIA_TYPES),
  width: z.number().int(),
  height: z.number().int(),
  /** The file's size in bytes. */
  bytes: z.number().int(),
  /** The checked picture as a data: URL, the only way the page shows it. */
  dataUrl: z.string(),
});
const sectionDiffSchema = z.object({
  section: z.string(),
  added: z.array(itemRefSchema),
  removed: z.array(itemRefSchema),
  changed: z.array(itemRefSchema.extend({ fields: z.array(z.string()) })),
});

export const contract = {
  'app.info': channel(nothing, z.object({ version: z.string(), formatVersion: z.number().int() })),
  'settings.get': channel(nothing, z.object({ language })),
  'settings.setLanguage': channel(z.strictObject({ language }), z.object({ language })),
  /** The columns chosen last time for a list file of this layout (a digest of its headers), if any. */
  'imports.mappingFor': channel(
    z.strictObject({ list: z.enum(['systems', 'people', 'suppliers']), layout: z.string().max(100) }),
    z.array(z.string().nullable()).nullable(),
  ),
  'imports.rememberMapping': channel(
    z.strictObject({
      list: z.enum(['systems', 'people', 'suppliers']),
      layout: z.string().max(100),
      mapping: z.array(z.string().max(64).nullable()).max(500),
    }),
    z.null(),
  ),
  'recent.list': channel(nothing, z.array(recentPlanSchema)),
  'recent.forget': channel(z.strictObject({ path: z.string().min(1).max(4096) }), z.array(recentPlanSchema)),

  'plan.create': channel(
    z.strictObject({ name: z.string().trim().min(1).max(200), kind: z.enum(ORGANISATION_KINDS), language }),
    planSummarySchema.nullable(),
  ),
  'plan.open': channel(z.strictObject({ path: z.string().min(1).max(4096).optional() }), planSummarySchema.nullable()),
  'plan.openExample': channel(z.strictObject({ language }), planSummarySchema),
  'plan.current': channel(nothing, planSummarySchema.nullable()),
  'plan.close': channel(nothing, z.null()),
  'plan.saveCopy': channel(nothing, z.object({ path: z.string() }).nullable()),
  'plan.progress': channel(nothing, stepProgressSchema),
  /** Warnings from every health rule and the plan's score, computed in main over all sections. */
  'plan.health': channel(nothing, planHealthSchema),

  'section.get': channel(z.strictObject({ section: sectionKey }), fieldValues),
  'section.update': channel(z.strictObject({ section: sectionKey, patch: fieldValues }), fieldValues),
  'items.list': channel(z.strictObject({ section: sectionKey }), z.array(itemSchema)),
  'items.add': channel(z.strictObject({ section: sectionKey, data: fieldValues.optional() }), itemSchema),
  /** Adds many items in one transaction (a CSV import): all or none, and one write to the medium. */
  'items.addMany': channel(
    z.strictObject({ section: sectionKey, items: z.array(fieldValues).max(10_000) }),
    z.array(itemSchema),
  ),
  'items.update': channel(z.strictObject({ section: sectionKey, id: itemId, patch: fieldValues }), itemSchema),
  'items.remove': channel(z.strictObject({ section: sectionKey, id: itemId }), z.null()),
  /**
   * Undoes a removal: puts the item back under its own id (so what pointed at it points at it
   * again) at its old place in the list. Returns the list in its new order.
   */
  'items.restore': channel(
    z.strictObject({
      section: sectionKey,
      id: itemId,
      data: fieldValues,
      toIndex: z.number().int().min(0).max(1_000_000),
    }),
    z.array(itemSchema),
  ),
  'versions.list': channel(
    nothing,
    z.object({
      versions: z.array(issuedVersionSchema),
      suggestedNumber: z.string(),
      changesSinceLast: z.number().int(),
    }),
  ),
  'versions.issue': channel(
    z.strictObject({
      number: z.string().max(20),
      comment: z.string().max(10_000),
      approvedBy: z.string().max(500),
      approvedOn: z.union([z.literal(''), z.iso.date()]),
    }),
    issuedVersionSchema,
  ),
  'versions.compare': channel(
    z.strictObject({
      from: z.union([versionNumber, z.literal('current')]),
      to: z.union([versionNumber, z.literal('current')]),
    }),
    z.array(sectionDiffSchema),
  ),
  'versions.record': channel(nothing, z.array(issuedVersionSchema.extend({ sectionsChanged: z.array(z.string()) }))),
  /** Starts an incident or exercise: the activation and its incident log entry, in one transaction. */
  'activation.start': channel(
    z.strictObject({
      kind: z.enum(ACTIVATION_KINDS),
      level: z.enum(INCIDENT_LEVELS),
      scenarios: z.array(itemId).max(100),
      at: z.iso.datetime(),
      by: z.string().max(200),
    }),
    z.object({ activation: itemSchema, incident: itemSchema }),
  ),
  /** Closes it: the review pre-filled from the log, the incident closed, an exercise recorded as a test. */
  'activation.close': channel(
    z.strictObject({ id: itemId, at: z.iso.datetime() }),
    z.object({
      activation: itemSchema,
      review: itemSchema,
      incident: itemSchema.nullable(),
      exercise: itemSchema.nullable(),
    }),
  ),
  'items.move': channel(
    z.strictObject({ section: sectionKey, id: itemId, toIndex: z.number().int().min(0).max(1_000_000) }),
    z.array(itemSchema),
  ),
  /** Writes the plan as a Word document where the user chooses; null when the dialog was cancelled. */
  'export.docx': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** The same plan as PDF, printed from the print view; null when the dialog was cancelled. */
  'export.pdf': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /**
   * The emergency card, as PDF unless asked as Word (the command line's `.docx` card); `pocket` prints
   * it on A6 pages (PDF only). Null when the dialog was cancelled.
   */
  'export.card': channel(
    z.strictObject({
      language,
      includePrivate: z.boolean(),
      size: z.enum(['a4', 'pocket']).optional(),
      format: z.enum(['pdf', 'docx']).optional(),
    }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** The plan as one self-contained web page for the first hour; null when the dialog was cancelled. */
  'export.html': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** The call tree's people and the suppliers' lines as vCard contacts; refused ('no-contacts') when nobody is to call. */
  'export.vcf': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** The plan's dates as iCalendar reminders; refused ('no-dates') when the plan holds none. */
  'export.ics': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** The off-line kit in a new folder the user names; it is noted in the plan's distribution list. */
  'export.kit': channel(
    z.strictObject({ language, includePrivate: z.boolean() }),
    z.object({ path: z.string(), files: z.array(z.string()) }).nullable(),
  ),
  /** Stops this window's running export between two steps; the export then answers null. */
  'export.cancel': channel(nothing, z.null()),
  /**
   * How far this window's running export is, for the panel to show while its export call is pending;
   * null when none ran (or the last failed or was cancelled). Asking never affects the export.
   */
  'export.progress': channel(
    nothing,
    z
      .object({
        stage: z.enum(['preparing', 'chapter', 'packing', 'printing', 'writing', 'done']),
        chapter: z
          .object({ number: z.number().int().min(1), of: z.number().int().min(1), title: z.string() })
          .optional(),
        part: z
          .object({
            number: z.number().int().min(1),
            of: z.number().int().min(1),
            name: z.enum(['plan', 'docx', 'pdf', 'card', 'pocket', 'html', 'vcf', 'ics', 'program']),
          })
          .optional(),
      })
      .nullable(),
  ),

  /*
   * Encrypted plan copies (.paraatx) for the USB stick. The passphrase is used for the one call and
   * never stored, logged or sent back; one to encrypt with has at least 12 characters.
   */
  /** Saves an encrypted copy of the open plan where the user chooses; null when cancelled. */
  'plan.saveEncryptedCopy': channel(
    z.strictObject({ passphrase: z.string().min(12).max(4096) }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** Opens an encrypted copy (plan.open answered 'encrypted') read-only, decrypted in memory only. */
  'plan.openEncrypted': channel(
    z.strictObject({ path: z.string().min(1).max(4096), passphrase: z.string().min(1).max(4096) }),
    planSummarySchema,
  ),
  /** The off-line kit with the plan copy encrypted; its documents without private data, or left out. */
  'export.encryptedKit': channel(
    z.strictObject({
      language,
      passphrase: z.string().min(12).max(4096),
      documents: z.enum(['without-private', 'none']),
    }),
    z.object({ path: z.string(), files: z.array(z.string()) }).nullable(),
  ),

  /**
   * Opens a file Paraat wrote in this session with its program, or shows it in its folder. Main
   * opens only a path it wrote itself for this window (an export, a kit, a copy); any other is refused.
   */
  'file.show': channel(
    z.strictObject({ path: z.string().min(1).max(4096), how: z.enum(['open', 'folder']) }),
    z.null(),
  ),

  'items.exportCsv': channel(
    z.strictObject({ section: z.enum(['people', 'suppliers']), includePrivate: z.boolean() }),
    z.object({ path: z.string(), count: z.number().int() }).nullable(),
  ),
  /** Writes the IT inventory as CSV where the user chooses; null when the dialog was cancelled. */
  'inventory.exportCsv': channel(nothing, z.object({ path: z.string(), count: z.number().int() }).nullable()),
  /** Adds imported systems in one transaction (all or none), then links their dependencies by name. */
  'inventory.import': channel(
    z.strictObject({
      rows: z
        .array(
          z.strictObject({
            data: fieldValues,
            dependsOnNames: z.array(z.string().max(DEPENDENCY_LIMITS.nameLength)).max(DEPENDENCY_LIMITS.names),
          }),
        )
        .max(20_000),
    }),
    z.object({ added: z.number().int(), unresolved: z.array(z.string()) }),
  ),

  /**
   * Stores the rows of a list file (CSV, text, .xlsx) in one transaction: items matched by name,
   * serial, e-mail or customer number are updated, new ones added, the ones the file no longer
   * has named. `dryRun` says what would happen and writes nothing.
   */
  'lists.import': channel(
    z.strictObject({
      section: z.enum(['systems', 'people', 'suppliers']),
      rows: z
        .array(
          z.strictObject({
            data: fieldValues,
            dependsOnNames: z.array(z.string().max(DEPENDENCY_LIMITS.nameLength)).max(DEPENDENCY_LIMITS.names),
          }),
        )
        .max(IMPORT_ROW_LIMIT),
      dryRun: z.boolean(),
    }),
    z.object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      disappeared: z.array(z.string()),
      unresolved: z.array(z.string()),
    }),
  ),

  /** The plan's pictures (a network diagram), in their order. */
  'pictures.list': channel(nothing, z.array(pictureSchema)),
  /**
   * Asks for a PNG or JPEG in main's own file dialog, checks it by its bytes and the plan's limits
   * and keeps it in the plan; null when the dialog was cancelled, 'picture-refused' with the reason.
   */
  'pictures.add': channel(z.strictObject({ caption: captionSchema.optional() }), pictureSchema.nullable()),
  'pictures.caption': channel(z.strictObject({ id: itemId, caption: captionSchema }), pictureSchema),
  'pictures.remove': channel(z.strictObject({ id: itemId }), z.null()),
  /** Moves a picture to another place in the order (the order of Word and PDF); the ids in their new order. */
  'pictures.move': channel(
    z.strictObject({ id: itemId, toIndex: z.number().int().min(0).max(1_000_000) }),
    z.array(itemId),
  ),

  // Media trouble: the plan's file went away while open (a stick pulled out, its folder moved).
  /** Back to the plan's file if it is at its place again, writable and the same plan; otherwise why not. */
  'plan.reattach': channel(nothing, z.object({ status: z.enum(REATTACH_STATUSES) })),
  /** A verified copy of what the plan holds, at a place the user picks; the window then works on it. */
  'plan.saveElsewhere': channel(
    nothing,
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), plan: planSummarySchema }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('unreadable') }),
    ]),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type PayloadOf<C extends Channel> = z.input<Contract[C]['payload']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** What crosses the bridge: errors travel as data, since Electron flattens thrown errors. */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; params: Record<string, string | number> } };
