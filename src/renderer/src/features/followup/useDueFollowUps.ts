import { useMemo } from 'react';
import { dueFollowUps, type FollowUpDue } from '@shared/followUps';
import { TIME_ZONE, useNow } from '../../clock';
import { useSettings } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';

/**
 * The follow-ups to ask now (most recently logged first), refreshed each minute and on every change;
 * undefined while the journal is still being read.
 */
export function useDueFollowUps(): FollowUpDue[] | undefined {
  const now = useNow();
  const episodes = useEpisodes();
  const settings = useSettings();
  return useMemo(() => {
    if (!episodes || !settings) return undefined;
    return dueFollowUps(episodes, {
      now,
      timeZone: TIME_ZONE,
      preferences: settings.reminders.followUp,
      quietHours: settings.reminders.quietHours,
    });
  }, [now, episodes, settings]);
}
