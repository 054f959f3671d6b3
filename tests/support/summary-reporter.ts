/**
 * Ends every test run with one plain line, "tests: N passed, N failed, N skipped",
 * which CI reads whatever the runner; vitest's own summary stays above it.
 *
 * A run can fail outside any test: a hook (`beforeAll`, `afterAll`) that throws or
 * times out, a file that does not load, an error thrown after its test ended. Vitest
 * fails the run for each, but counting tests alone would still read "0 failed", so
 * each such file, and each unhandled error, counts as one failure more.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** The outcomes of one run, with failures outside tests counted in `failed`. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts test outcomes, then one failure for each file that failed with no failed test, and each unhandled error. */
export function countRun(
  testModules: readonly TestModule[],
  unhandledErrors: readonly unknown[],
): RunCounts {
  const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
  for (const testModule of testModules) {
    let failedTests = 0;
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      counts[state] += 1;
      if (state === 'failed') failedTests += 1;
    }
    if (failedTests === 0 && testModule.state() === 'failed') counts.failed += 1;
  }
  return {
    passed: counts.passed,
    failed: counts.failed + unhandledErrors.length,
    skipped: counts.skipped + counts.pending,
  };
}

/** Prints the run's counts as its last line. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: readonly TestModule[],
    unhandledErrors: readonly SerializedError[],
  ): void {
    const { passed, failed, skipped } = countRun(testModules, unhandledErrors);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
