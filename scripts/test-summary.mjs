#!/usr/bin/env node
// Prints one line, "tests: N passed, N failed", from Vitest's and Playwright's JSON reports.
// A report that is missing (its step never ran) adds nothing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`(no report at ${file}: that step did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof report.numPassedTests === 'number') {
    // Vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    // Playwright: "expected" passed, "unexpected" failed, "flaky" passed only on retry.
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
