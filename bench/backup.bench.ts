/**
 * Benchmark: writing and reading a backup of 100,000 episodes (plus 3,650 check-ins).
 * What matters for "never freezes the interface" is the longest single step between two yields to the
 * browser, so that is reported with the totals. Baseline in the same run: one JSON.stringify of the same
 * tables (what a naive, all-at-once export would block for). Medians of several runs.
 *
 * Run: npm run bench:backup
 */
import { test } from 'vitest';
import { backupChunks, emptyTables, readBackup, serializeBackup } from '../src/shared/backup';
import type { CheckIn } from '../src/shared/checkIns';
import { addCalendarDays } from '../src/shared/dates';
import { syntheticEpisodes } from '../tests/fixtures/syntheticJournal';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function checkIns(count: number): CheckIn[] {
  return Array.from({ length: count }, (_, i) => ({
    day: addCalendarDays('2016-11-21', i),
    sleepHours: 7,
    sleepQuality: 3,
    waterLitres: 1.5,
    stress: i % 11,
    deskHours: 8,
    workout: 'none',
    workoutEffort: null,
    withdrawalSubstance: null,
    withdrawalDay: null,
    overallPain: i % 11,
    mood: null,
    energy: null,
    ownValues: {},
    notes: '',
    createdAt: '2026-11-21T12:00:00.000Z',
    updatedAt: '2026-11-21T12:00:00.000Z',
  }));
}

test('backup of 100,000 episodes', () => {
  const tables = {
    ...emptyTables(),
    episodes: syntheticEpisodes({
      seed: 1,
      episodes: 100_000,
      until: new Date('2026-11-21T12:00:00Z'),
      days: 3650,
    }),
    checkIns: checkIns(3650),
  };
  const info = { appVersion: 'bench', exportedAt: '2026-11-21T12:00:00.000Z' };
  const baseline: number[] = [];
  const totals: number[] = [];
  const longestSteps: number[] = [];
  const reads: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    JSON.stringify(tables);
    baseline.push(performance.now() - start);

    const chunks: string[] = [];
    let longest = 0;
    start = performance.now();
    let stepStart = start;
    for (const chunk of backupChunks(tables, info)) {
      chunks.push(chunk);
      const now = performance.now();
      longest = Math.max(longest, now - stepStart);
      stepStart = now;
    }
    const text = chunks.join('');
    totals.push(performance.now() - start);
    longestSteps.push(longest);
    size = text.length;

    start = performance.now();
    const reading = readBackup(text);
    reads.push(performance.now() - start);
    if (reading.status !== 'readable' || reading.problems.length > 0)
      throw new Error('benchmark backup not readable');
  }
  const line = (name: string, values: number[]) => `| ${name} | ${median(values).toFixed(0)} ms |`;
  console.log(
    [
      `Backup of ${tables.episodes.length.toLocaleString('en')} episodes and ${tables.checkIns.length.toLocaleString('en')} check-ins, ${(size / 1024 / 1024).toFixed(1)} MB, median of ${RUNS} runs`,
      '| measure | time |',
      '| --- | --- |',
      line('baseline: one JSON.stringify of the same tables (blocks throughout)', baseline),
      line('chunked export, total', totals),
      line('chunked export, longest step between yields', longestSteps),
      line('read and validate the file (import preview)', reads),
      `ratio of chunked export to baseline: ${(median(totals) / median(baseline)).toFixed(1)}x`,
    ].join('\n'),
  );
  void serializeBackup;
}, 600_000);
