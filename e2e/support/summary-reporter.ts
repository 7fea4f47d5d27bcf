import type {FullResult, Reporter, TestCase, TestResult} from '@playwright/test/reporter';

/** Ends the run with one plain line, `N passed, N failed`, for CI logs and closing notes. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Count each test once, by its final outcome.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped')
      return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult): void {
    // A run that fails without a failing test (a crash, a timeout) still counts as failed.
    const failed = this.failed === 0 && result.status !== 'passed' ? 1 : this.failed;
    const skipped = this.skipped > 0 ? ` (${this.skipped} skipped)` : '';
    console.log(`${this.passed} passed, ${failed} failed${skipped}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
