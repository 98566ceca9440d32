#!/usr/bin/env node
// Reads Vitest's JSON report and prints one line, `N passed, N failed`.
// A file that failed without a failing test (it did not load, a hook threw) counts
// as one failed test, and so does an unhandled error, so a broken run never looks
// green; a missing or unreadable report is `0 passed, 1 failed`.
// Exit status: 0 only if nothing failed and at least one test passed.
//
//   node scripts/test-summary.mjs [.test-results/results.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.test-results/results.json';

let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`test-summary: no readable Vitest report at ${file} (${error.code ?? error.message})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const passed = Number(report.numPassedTests) || 0;
let failed = Number(report.numFailedTests) || 0;

const results = Array.isArray(report.testResults) ? report.testResults : [];
const brokenFiles = results.filter(
  (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
);
for (const r of brokenFiles) {
  const why = (r.message ?? '').split('\n')[0];
  console.error(`test-summary: ${r.name} failed outside its tests${why ? `: ${why}` : ''}`);
}
failed += brokenFiles.length;
// Suites that failed to load may also only show in the counters.
if (brokenFiles.length === 0 && (Number(report.numFailedTestSuites) || 0) > 0 && failed === 0) {
  failed += 1;
}
if (passed + failed === 0) {
  console.error('test-summary: no tests ran');
}
if (report.success === false && failed === 0) {
  console.error(
    passed === 0
      ? 'test-summary: Vitest reported a failed run with no tests (no test files found?)'
      : 'test-summary: Vitest reported a failed run although no test failed (an unhandled error?)',
  );
  failed = 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
