/**
 * An export, a kit or an encryption ends when it ends: a user waits for its result, however busy the
 * machine is. Assertions on such a result wait this long; everything else keeps Playwright's default.
 */
export const untilFinished = { timeout: 180_000 } as const;

/** A spec whose tests wait for several such results. */
export const testsThatExport = { timeout: 480_000 } as const;
