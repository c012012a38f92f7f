/**
 * One shard of the long validation (npm run validate:insights): every (scenario, length) job whose index
 * falls to this shard, each written to reports/validate-insights for globalSetup.ts to gather into the
 * table. Several shard files let Vitest run them in parallel workers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { REAL_LENGTHS, REAL_SCENARIOS, type RealScenarioName } from '../fixtures/realJournal';
import { measure } from '../fixtures/realValidation';

export const SHARDS = 6;
export const RESULTS_DIR = resolve(__dirname, '../../reports/validate-insights');
/** At least 1,000 seeds per scenario and length; VALIDATE_SEEDS overrides it for a quick look. */
const SEEDS = Number(process.env.VALIDATE_SEEDS ?? 1000);

/** Length-major, so each shard gets whole scenarios at every length (similar work per shard). */
export const JOBS = REAL_LENGTHS.flatMap((days) =>
  (Object.keys(REAL_SCENARIOS) as RealScenarioName[]).map((scenario) => ({ scenario, days })),
);

export function runShard(shard: number): void {
  JOBS.forEach((job, index) => {
    if (index % SHARDS !== shard) return;
    it(`${job.scenario}, ${job.days} days, ${SEEDS} seeds`, () => {
      const measurement = measure(job.scenario, job.days, SEEDS);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(resolve(RESULTS_DIR, `${index}.json`), JSON.stringify(measurement));
    });
  });
}
