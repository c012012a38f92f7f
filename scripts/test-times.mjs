#!/usr/bin/env node
// The pinned-time matrix: the time-sensitive end-to-end specs at the awkward moments (just after
// midnight, 03:00, 23:30, a daylight-saving change day, New Year's Eve) in zones either side of the date
// line, and the zone-dependent unit tests with the machine's zone changed. Each run writes a JSON report
// under reports/ for scripts/test-summary.mjs. Needs the built renderer (npm run test:times builds it).
// Usage: node scripts/test-times.mjs [name …]   (names from the table below; all when none given)
import { spawnSync } from 'node:child_process';

// The tests whose results depend on the hour, day or zone carry the @time tag: the quick log's saved
// time, the check-in day, the reminders and history's day grouping. One combination adds the light-theme
// accessibility scan, which used to time out at night; it takes 30-50 s, too long to repeat.
const SPECS = [
  'tests/e2e/desk.spec.ts',
  'tests/e2e/logging.spec.ts',
  'tests/e2e/checkins.spec.ts',
  'tests/e2e/history.spec.ts',
  'tests/e2e/accessibility.spec.ts',
];
const TIME_TAG = '@time';
const WITH_SCAN = `${TIME_TAG}|light theme.*accessibility scan`;

/** E2E_NOW is wall-clock time in E2E_TZ (see tests/fixtures/e2eTime.ts). */
const E2E_RUNS = [
  { name: 'after-midnight-london', now: '2026-11-25T00:05', zone: 'Europe/London' },
  { name: '0300-los-angeles', now: '2026-11-25T03:00', zone: 'America/Los_Angeles', grep: WITH_SCAN },
  { name: '2330-auckland', now: '2026-11-25T23:30', zone: 'Pacific/Auckland' },
  // The clocks go back: a 25-hour day, just after its midnight.
  { name: 'dst-end-london', now: '2026-10-25T00:05', zone: 'Europe/London' },
  // The clocks go forward (02:00 becomes 03:00): a 23-hour day, at its first hour after the gap.
  { name: 'dst-start-auckland', now: '2026-09-27T03:00', zone: 'Pacific/Auckland' },
  { name: 'new-years-eve-los-angeles', now: '2026-12-31T23:30', zone: 'America/Los_Angeles' },
];

// Unit tests whose answers must not change with the machine's zone: reminders, scores and ranges, which
// take the zone as a parameter. (dates and episodeDraft tests pin Europe/London on purpose: they check the
// datetime-local conversion against London wall times.)
const UNIT_FILES = [
  'tests/unit/shared/reminders',
  'tests/unit/shared/scoring',
  'tests/unit/shared/trends/range.test.ts',
];
const UNIT_RUNS = [
  { name: 'unit-auckland', zone: 'Pacific/Auckland' },
  { name: 'unit-los-angeles', zone: 'America/Los_Angeles' },
];

const wanted = new Set(process.argv.slice(2));
const chosen = (run) => wanted.size === 0 || wanted.has(run.name);

function run(label, command, args, env) {
  const started = Date.now();
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const ok = result.status === 0;
  console.log(`== ${label}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
  return { label, ok, seconds };
}

const results = [];
const startedAll = Date.now();
for (const e2e of E2E_RUNS.filter(chosen)) {
  results.push(
    run(
      `${e2e.name} (${e2e.now} ${e2e.zone})`,
      'npx',
      [
        'playwright',
        'test',
        ...SPECS,
        '--grep',
        e2e.grep ?? TIME_TAG,
        '--reporter=list,json',
        `--output=test-results/times/${e2e.name}`,
      ],
      {
        E2E_NOW: e2e.now,
        E2E_TZ: e2e.zone,
        PLAYWRIGHT_JSON_OUTPUT_FILE: `reports/e2e-times-${e2e.name}.json`,
        // Its own port and artifacts folder, so a suite running beside it cannot pull either away.
        E2E_PORT: process.env.E2E_TIMES_PORT ?? '5199',
      },
    ),
  );
}
for (const unit of UNIT_RUNS.filter(chosen)) {
  results.push(
    run(`${unit.name} (TZ ${unit.zone})`, 'npx', ['vitest', 'run', ...UNIT_FILES], {
      UNIT_TZ: unit.zone,
      UNIT_JSON_REPORT: `reports/${unit.name}.json`,
    }),
  );
}

const failed = results.filter((result) => !result.ok);
console.log(
  `\nTime matrix: ${results.length - failed.length} of ${results.length} runs passed in ${((Date.now() - startedAll) / 1000).toFixed(0)} s.`,
);
for (const result of failed) console.log(`  failed: ${result.label}`);
process.exit(failed.length === 0 ? 0 : 1);
