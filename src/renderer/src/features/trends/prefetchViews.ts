/**
 * The Trends presets worked out ahead of time in a worker. Ten years of entries take a few hundred
 * milliseconds to aggregate; done in advance, a click on "1 year" or "All" only has to draw.
 *
 * Views are kept per journal (the shared episode, check-in and withdrawal lists, which change identity
 * on every edit) for as long as it stays the same, across visits to the screen. Anything not ready yet is
 * worked out on the screen as before, so the dashboard never waits on the worker and never depends on
 * it: without workers it simply computes every range itself.
 */
import { rangeKey, type DayRange, type TrendsJournal, type TrendsView } from '@shared/trends';
import type { TrendsWorkerReply, TrendsWorkerRequest } from '../../workers/trendsMessages';

interface Prefetched {
  journal: TrendsJournal;
  timeZone: string;
  generation: number;
  views: Map<string, TrendsView>;
  requested: Set<string>;
}

let worker: Worker | null | undefined;
let current: Prefetched | null = null;
let generations = 0;

function trendsWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../../workers/trends.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TrendsWorkerReply>) => {
      const reply = event.data;
      if (current && reply.generation === current.generation) current.views.set(reply.key, reply.view);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

function isSameJournal(known: Prefetched, journal: TrendsJournal, timeZone: string): boolean {
  return (
    known.journal.episodes === journal.episodes &&
    known.journal.checkIns === journal.checkIns &&
    known.journal.withdrawalPeriods === journal.withdrawalPeriods &&
    known.journal.ownFactors === journal.ownFactors &&
    known.timeZone === timeZone
  );
}

/** A view of this journal worked out ahead of time, or undefined when there is none (yet). */
export function prefetchedView(
  journal: TrendsJournal,
  range: DayRange,
  timeZone: string,
): TrendsView | undefined {
  if (!current || !isSameJournal(current, journal, timeZone)) return undefined;
  return current.views.get(rangeKey(range));
}

/** Asks the worker for these ranges of this journal, sending the journal first if it is new to it. */
export function prefetchViews(journal: TrendsJournal, ranges: readonly DayRange[], timeZone: string): void {
  const target = trendsWorker();
  if (!target) return;
  if (!current || !isSameJournal(current, journal, timeZone)) {
    generations += 1;
    current = {
      journal,
      timeZone,
      generation: generations,
      views: new Map(),
      requested: new Set(),
    };
    const message: TrendsWorkerRequest = { type: 'journal', generation: generations, journal };
    target.postMessage(message);
  }
  const known = current;
  const wanted = ranges.filter((range) => !known.requested.has(rangeKey(range)));
  if (wanted.length === 0) return;
  for (const range of wanted) known.requested.add(rangeKey(range));
  const message: TrendsWorkerRequest = {
    type: 'views',
    generation: known.generation,
    ranges: wanted,
    timeZone,
  };
  target.postMessage(message);
}
