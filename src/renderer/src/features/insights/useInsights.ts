import type { JournalInsights } from '@shared/analysis';
import { useInsightsAnswer } from '../../journal/InsightsContext';

/**
 * The journal's insights (worked out once for the app, see InsightsContext.tsx); undefined while the
 * first answer is worked out, and 'failed' if the analysis could not run at all.
 */
export function useInsights(): JournalInsights | 'failed' | undefined {
  return useInsightsAnswer()?.insights;
}
