// Prints "N passed, N failed" summed over one or more vitest JSON reports (.ci/run runs the
// suite, then the browser tests again without a system browser); exits 1 if any test failed, if
// a report is missing, or if a run ran no test at all (a filter that matches nothing proves nothing).
import { readFileSync } from 'node:fs';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['reports/vitest.json'];
let passed = 0;
let failed = 0;
let empty = false;
for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed += 1;
    console.error(`test-summary: no readable vitest report at ${file}: ${error.message}`);
    continue;
  }
  const p = report.numPassedTests ?? 0;
  // A file that fails to load has no failed test but a failed suite: count it once.
  failed += report.numFailedTests || report.numFailedTestSuites || 0;
  passed += p;
  if (p === 0) {
    empty = true;
    console.error(`test-summary: ${file} reports no passed test`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || empty ? 1 : 0);
