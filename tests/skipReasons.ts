import type { Reporter, TestCase } from 'vitest/node';

/**
 * Lists every test that skipped itself with a reason (a tool not installed, root ignoring file
 * permissions) at the end of the run, so a green run says plainly what it did not check.
 */
export default class SkipReasons implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state === 'skipped' && result.note) this.skipped.push(`${testCase.fullName}: ${result.note}`);
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    console.log(`\nSkipped, with their reasons (${this.skipped.length}):`);
    for (const line of this.skipped) console.log(`  - ${line}`);
  }
}
