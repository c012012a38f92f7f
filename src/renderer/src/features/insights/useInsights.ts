import { useEffect, useState } from 'react';
import { analyzeJournal, type AnalyzeInput, type JournalInsights } from '@shared/analysis';
import { calendarDayOf } from '@shared/dates';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';

function runInWorker(input: AnalyzeInput): { result: Promise<JournalInsights>; cancel: () => void } {
  let active: Worker;
  try {
    active = new Worker(new URL('../../workers/insights.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { result: Promise.resolve(analyzeJournal(input)), cancel: () => undefined };
  }
  const result = new Promise<JournalInsights>((resolve) => {
    active.onmessage = (event: MessageEvent<JournalInsights>) => {
      resolve(event.data);
      active.terminate();
    };
    active.onerror = () => {
      active.terminate();
      resolve(analyzeJournal(input));
    };
    active.postMessage(input);
  });
  return { result, cancel: () => active.terminate() };
}

/** The journal's insights, recomputed in a worker whenever entries change; undefined while computing. */
export function useInsights(): JournalInsights | undefined {
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const [insights, setInsights] = useState<JournalInsights | undefined>(undefined);

  useEffect(() => {
    if (!episodes || !checkIns) return;
    let isCurrent = true;
    const job = runInWorker({ episodes, checkIns, timeZone: TIME_ZONE, today });
    void job.result.then((result) => {
      if (isCurrent) setInsights(result);
    });
    return () => {
      isCurrent = false;
      job.cancel();
    };
  }, [episodes, checkIns, today]);

  return insights;
}
