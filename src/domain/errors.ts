/**
 * Every failure a user can meet has a code; the interface translates `errors.<code>` with the
 * params. Messages in English here are for logs and the command line only.
 */
export type PlanErrorCode =
  | 'not-found'
  | 'not-a-plan'
  | 'foreign-database'
  | 'newer-version'
  | 'damaged'
  /** A plan that opened (its structure passed the check) but holds a page SQLite cannot read. */
  | 'damaged-read'
  /** An unfinished change (a hot `-journal`) beside a plan that is not one Paraat could have left. */
  | 'foreign-journal'
  /** More than Paraat handles safely (a file, an export, an unpacked snapshot), said before it tries. */
  | 'too-large'
  /** A plan that holds more than an export can safely take in memory (src/export/budget.ts), said before it starts. */
  | 'export-too-large'
  /** Printing to PDF ran past its time limit and was stopped; nothing was written. */
  | 'export-too-slow'
  | 'in-use'
  | 'read-only'
  | 'write-failed'
  | 'copy-failed'
  | 'no-plan-open'
  | 'invalid-request'
  | 'unknown-item'
  | 'unknown-version'
  | 'version-number'
  | 'version-exists'
  | 'encrypted'
  | 'wrong-passphrase'
  /** A contacts (vCard) export of a plan with nobody to call yet: no empty file is written. */
  | 'no-contacts'
  /** A calendar (iCalendar) export of a plan without a single date: no empty file is written. */
  | 'no-dates'
  /** A file offered as a picture that is no PNG or JPEG within the limits (src/domain/pictures.ts); `context` says why. */
  | 'picture-refused'
  /** The system could not open a written file with a program (none installed for its type). */
  | 'cannot-open'
  | 'internal';

export type ErrorParams = Record<string, string | number>;

export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

export function isPlanError(error: unknown): error is PlanError {
  return error instanceof PlanError;
}
