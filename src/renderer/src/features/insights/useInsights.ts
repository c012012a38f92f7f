import { useEffect, useState } from 'react';
import { analyzeJournal, type JournalInsights } from '@shared/analysis';
import { calendarDayOf } from '@shared/dates';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useOwnFactors, useSettings } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';
import { runOnceInWorker } from '../../workers/runOnce';

/**
 * The journal's insights, recomputed in a worker whenever entries change; undefined while computing, and
 * 'failed' if the analysis could not run at all.
 */
export function useInsights(): JournalInsights | 'failed' | undefined {
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const ownFactors = useOwnFactors();
  const waterUnit = useSettings()?.waterUnit;
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const [insights, setInsights] = useState<JournalInsights | 'failed' | undefined>(undefined);

  useEffect(() => {
    if (!episodes || !checkIns || !ownFactors || !waterUnit) return;
    let isCurrent = true;
    const job = runOnceInWorker(
      () => new Worker(new URL('../../workers/insights.worker.ts', import.meta.url), { type: 'module' }),
      { episodes, checkIns, ownFactors, waterUnit, timeZone: TIME_ZONE, today },
      analyzeJournal,
    );
    job.result.then(
      (result) => {
        if (isCurrent) setInsights(result);
      },
      (error: unknown) => {
        console.error('The insights analysis failed', error);
        if (isCurrent) setInsights('failed');
      },
    );
    return () => {
      isCurrent = false;
      job.cancel();
    };
  }, [episodes, checkIns, ownFactors, waterUnit, today]);

  return insights;
}
