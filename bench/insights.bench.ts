/**
 * Benchmark: the insights analysis on ten years of data (20,000 episodes, 3,650 check-ins), the size the
 * issue sets a 200 ms budget for. Baseline in the same run: building the daily table alone (the part
 * every analysis must do). Median of several runs.
 *
 * Run: npm run bench:insights
 */
import { test } from 'vitest';
import { analyzeJournal } from '../src/shared/analysis';
import { buildDailyTable } from '../src/shared/analysis/dailyTable';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../tests/fixtures/insightsJournal';
import { syntheticEpisodes } from '../tests/fixtures/syntheticJournal';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

test('insights on ten years of data', () => {
  const { checkIns } = syntheticJournalForInsights(
    { ...BASE_SCENARIO, days: 3650, workoutNextDayEffect: 1.5 },
    1,
  );
  const lastDay = checkIns[checkIns.length - 1]?.day ?? '2036-01-01';
  const episodes = syntheticEpisodes({
    seed: 2,
    episodes: 20_000,
    until: new Date(`${lastDay}T20:00:00Z`),
    days: 3650,
  });
  const input = { episodes, checkIns, timeZone: 'Europe/London', today: lastDay };
  const table: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    buildDailyTable(input);
    table.push(performance.now() - start);
    start = performance.now();
    analyzeJournal(input);
    full.push(performance.now() - start);
  }
  console.log(
    [
      `Insights on ${episodes.length.toLocaleString('en')} episodes and ${checkIns.length.toLocaleString('en')} check-ins, median of ${RUNS} runs`,
      '| measure | time |',
      '| --- | --- |',
      `| baseline: building the daily table alone | ${median(table).toFixed(0)} ms |`,
      `| the whole analysis (factors, episode risk, remedies, trigger counts) | ${median(full).toFixed(0)} ms |`,
      `budget 200 ms: ${median(full) < 200 ? 'met' : 'NOT met'}`,
    ].join('\n'),
  );
}, 600_000);
