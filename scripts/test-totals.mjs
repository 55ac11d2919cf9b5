// Prints vitest's JSON report as one plain line, `N passed, N failed, N skipped`, for CI to read.
// A test file that failed without a failing test (an import error, a type error) counts as one
// failure, so it cannot hide. A report with zero tests is an error: a run that executed nothing
// must not look green.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) {
  console.error('no test was executed');
  process.exit(1);
}
