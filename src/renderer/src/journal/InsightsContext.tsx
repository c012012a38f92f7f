/**
 * The journal's Insights answer, for every screen that speaks of factors (Insights, the Trends summaries):
 * worked out once in a worker whenever the journal changes, rather than by each screen, and, on a start
 * where the journal is as it was, shown at once from the copy kept last time (insightsCache.ts).
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { JournalInsights } from '@shared/analysis';
import { calendarDayOf, type CalendarDay } from '@shared/dates';
import { TIME_ZONE, useNow } from '../clock';
import { useOwnFactors, useSettings } from './hooks';
import { forgetKeptAnswers, insightsKey, keepInsights, readKeptInsights } from './insightsCache';
import { useCheckIns, useEpisodes, useJournal } from './JournalContext';
import { checkInsMarkOf, episodesMarkOf, readJournalMarks } from './journalMark';

export interface InsightsAnswer {
  insights: JournalInsights | 'failed';
  /** The day the analysis counted up to: Trends uses its factors for ranges that end that day. */
  today: CalendarDay;
  /** What it was worked out from (insightsKey); null if that could not be told. */
  key: string | null;
}

const InsightsContext = createContext<InsightsAnswer | undefined>(undefined);

/** After a change, how long to wait for the next one before working the answer out again. */
const SETTLE_MS = 400;

export function InsightsProvider({ children }: { children: ReactNode }) {
  const db = useJournal();
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const ownFactors = useOwnFactors();
  const waterUnit = useSettings()?.waterUnit;
  const today = calendarDayOf(useNow().toISOString(), TIME_ZONE);
  const [answer, setAnswer] = useState<InsightsAnswer | undefined>(undefined);
  // Read by the effects below without re-running them when the answer comes in.
  const answerRef = useRef(answer);
  useEffect(() => {
    answerRef.current = answer;
  }, [answer]);

  // On opening: the answer kept last time, if the journal's mark (a few index reads) is still the same.
  useEffect(() => {
    if (!ownFactors || !waterUnit) return;
    let isCurrent = true;
    readJournalMarks(db, today).then(
      (marks) => {
        if (!isCurrent || answerRef.current) return;
        const key = insightsKey({
          journalName: db.name,
          timeZone: TIME_ZONE,
          ...marks,
          ownFactors,
          waterUnit,
        });
        const kept = readKeptInsights(localStorage, key);
        if (kept) setAnswer({ insights: kept, today, key });
      },
      // Without the mark the answer is simply worked out below.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [db, ownFactors, waterUnit, today]);

  // Once the whole journal is in, and after each change: worked out afresh, unless the answer in hand was
  // worked out from this very journal.
  useEffect(() => {
    if (!episodes || !checkIns || !ownFactors || !waterUnit) return;
    const episodesMark = episodesMarkOf(episodes);
    const checkInsMark = checkInsMarkOf(checkIns);
    const key =
      episodesMark && checkInsMark
        ? insightsKey({
            journalName: db.name,
            timeZone: TIME_ZONE,
            episodes: episodesMark,
            checkIns: checkInsMark,
            checkInsUpToToday: checkIns.filter((c) => c.day <= today).length,
            ownFactors,
            waterUnit,
          })
        : null;
    if (key !== null && answerRef.current?.key === key) return;
    let isCurrent = true;
    let cancel: () => void = () => undefined;
    const start = () => {
      void import('../features/insights/computeInsights').then(
        ({ computeInsights }) => {
          if (!isCurrent) return;
          const job = computeInsights({
            episodes,
            checkIns,
            ownFactors,
            waterUnit,
            timeZone: TIME_ZONE,
            today,
          });
          cancel = job.cancel;
          job.result.then(
            (insights) => {
              if (!isCurrent) return;
              setAnswer({ insights, today, key });
              if (key !== null) keepInsights(localStorage, key, insights);
              else forgetKeptAnswers(localStorage);
            },
            (error: unknown) => {
              console.error('The insights analysis failed', error);
              if (isCurrent) setAnswer({ insights: 'failed', today, key: null });
            },
          );
        },
        (error: unknown) => {
          console.error('The insights analysis could not be loaded', error);
          if (isCurrent) setAnswer({ insights: 'failed', today, key: null });
        },
      );
    };
    // With an answer on screen, a burst of saves is worked out once, after the last.
    const timer = window.setTimeout(start, answerRef.current ? SETTLE_MS : 0);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
      cancel();
    };
  }, [db, episodes, checkIns, ownFactors, waterUnit, today]);

  return <InsightsContext.Provider value={answer}>{children}</InsightsContext.Provider>;
}

/** The latest Insights answer; undefined until the first one is in. */
export function useInsightsAnswer(): InsightsAnswer | undefined {
  return useContext(InsightsContext);
}
