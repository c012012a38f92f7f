/**
 * Before the shards run: clear old results. After: gather them in job order, print the table and write it
 * between the markers in docs/insights-method.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { formatTable, type Measurement } from '../fixtures/realValidation';
import { JOBS, RESULTS_DIR } from './runShard';

const DOC = resolve(__dirname, '../../docs/insights-method.md');
const START = '<!-- validate:insights start -->';
const END = '<!-- validate:insights end -->';

export default function setup(): () => Promise<void> {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  return async () => {
    const measurements = JOBS.map((_, index) => resolve(RESULTS_DIR, `${index}.json`))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Measurement);
    if (measurements.length < JOBS.length) {
      console.log(
        `validate:insights: only ${measurements.length} of ${JOBS.length} jobs finished; docs unchanged`,
      );
      return;
    }
    const seeds = Math.min(...measurements.map((m) => m.seeds));
    const block = [
      START,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}, ${seeds.toLocaleString('en-GB')} seeds per scenario and length (seeds fixed in \`tests/fixtures/realValidation.ts\`).`,
      '',
      formatTable(measurements),
      '',
      END,
    ].join('\n');
    console.log(`\n${block}\n`);
    const doc = readFileSync(DOC, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) throw new Error(`markers missing in ${DOC}`);
    // Formatted as `npm run lint` expects (prettier aligns the table's columns).
    const text = doc.slice(0, from) + block + doc.slice(to + END.length);
    writeFileSync(DOC, await format(text, { ...(await resolveConfig(DOC)), filepath: DOC }));
  };
}
