/// <reference lib="webworker" />
/** Runs the insights analysis off the main thread, so the window never stalls while it computes. */
import { analyzeJournal, type AnalyzeInput } from '@shared/analysis';

self.onmessage = (event: MessageEvent<AnalyzeInput>) => {
  self.postMessage(analyzeJournal(event.data));
};
