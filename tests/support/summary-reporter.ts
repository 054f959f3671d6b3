/**
 * Ends every test run with one plain line, "tests: N passed, N failed, N skipped",
 * which CI reads whatever the runner; vitest's own summary stays above it.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** Counts test outcomes across every module and prints them as the run's last line. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) counts[test.result().state] += 1;
    }
    const skipped = counts.skipped + counts.pending;
    process.stdout.write(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${skipped} skipped\n`,
    );
  }
}
