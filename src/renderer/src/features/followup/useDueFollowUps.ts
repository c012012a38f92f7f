import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dueFollowUps, followUpWindowStart, type FollowUpDue } from '@shared/followUps';
import { TIME_ZONE, useNow } from '../../clock';
import { listEpisodesStartedSince } from '../../journal/episodeReads';
import { useSettings } from '../../journal/hooks';
import { useJournal } from '../../journal/JournalContext';

/**
 * The follow-ups to ask now (most recently logged first), refreshed each minute and on every change;
 * undefined while the journal is still being read. Reads only the last day and a half of episodes, so the
 * quick-log window (which reads nothing else) can ask too.
 */
export function useDueFollowUps(): FollowUpDue[] | undefined {
  const db = useJournal();
  const now = useNow();
  const since = followUpWindowStart(now).toISOString();
  const recent = useLiveQuery(() => listEpisodesStartedSince(db, new Date(since)), [db, since]);
  const settings = useSettings();
  return useMemo(() => {
    if (!recent || !settings) return undefined;
    return dueFollowUps(recent, {
      now,
      timeZone: TIME_ZONE,
      preferences: settings.reminders.followUp,
      quietHours: settings.reminders.quietHours,
    });
  }, [now, recent, settings]);
}
