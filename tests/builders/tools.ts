import type { TestContext } from 'vitest';
import { type TestTool, TOOL_NAMES, findTestTools } from '../../scripts/test-tools';

/** The programs found on this machine; `npm test` makes sure all are there before it starts. */
export const tools = findTestTools();

/**
 * Skips the running test, saying why, when a program it drives is not installed here (a run of
 * one test file on a laptop without LibreOffice, say); the skip shows in the report with its reason.
 */
export function needs(context: TestContext, ...wanted: TestTool[]): void {
  const absent = wanted.filter((tool) => !tools[tool]);
  if (absent.length > 0) context.skip(`needs ${absent.map((tool) => TOOL_NAMES[tool]).join(' and ')}`);
}
