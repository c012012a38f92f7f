/// <reference lib="webworker" />
/**
 * Works out the Trends dashboard's preset ranges ahead of time, off the main thread, so switching to
 * "1 year" or "All" on ten years of entries only has to draw. It keeps the latest journal it was sent.
 */
import { rangeKey, trendsView, type TrendsJournal } from '@shared/trends';
import type { TrendsWorkerReply, TrendsWorkerRequest } from './trendsMessages';

let journal: TrendsJournal | null = null;
let generation = -1;

self.onmessage = (event: MessageEvent<TrendsWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'journal') {
    journal = request.journal;
    generation = request.generation;
    return;
  }
  if (!journal || request.generation !== generation) return;
  for (const range of request.ranges) {
    const reply: TrendsWorkerReply = {
      generation,
      key: rangeKey(range),
      view: trendsView(journal, range, request.timeZone),
    };
    self.postMessage(reply);
  }
};
