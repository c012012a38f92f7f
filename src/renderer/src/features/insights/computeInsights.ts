/**
 * The Insights analysis run in its worker (analyzeJournal here if a worker cannot start). Loaded when the
 * whole journal is first in, so the analysis is not part of the journal screen's first load.
 */
import { analyzeJournal, type AnalyzeInput, type JournalInsights } from '@shared/analysis';
import { runOnceInWorker } from '../../workers/runOnce';

export function computeInsights(input: AnalyzeInput): {
  result: Promise<JournalInsights>;
  cancel: () => void;
} {
  return runOnceInWorker(
    () => new Worker(new URL('../../workers/insights.worker.ts', import.meta.url), { type: 'module' }),
    input,
    analyzeJournal,
  );
}
