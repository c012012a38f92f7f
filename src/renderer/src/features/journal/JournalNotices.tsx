import { useMemo } from 'react';
import { calendarDayOf } from '@shared/dates';
import {
  CHECK_IN_NOTICE,
  WEEKLY_MEASURES_BODY,
  dueMeasureNames,
  lastMeasureDays,
  weeklyMeasuresTitle,
} from '@shared/reminders/notices';
import { isCheckInPromptDue } from '@shared/scoring/checkInDay';
import { automaticFlags } from '@shared/scoring/automaticFlags';
import { dailyPain } from '@shared/scoring/painTrend';
import { URGENCY_LABELS, automaticFlagById } from '@shared/taxonomy';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useMeasures, usePsfsActivities, useSettings } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';

interface JournalNoticesProps {
  onOpenCheckIn: (day: string) => void;
  onOpenMeasures: () => void;
}

/**
 * What the journal wants the person to know today: warning signs it sees in the pain scores, a missing
 * check-in in the evening, and weekly measures that are due.
 */
export function JournalNotices({ onOpenCheckIn, onOpenMeasures }: JournalNoticesProps) {
  const now = useNow();
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const settings = useSettings();
  const measures = useMeasures();
  const activities = usePsfsActivities();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  // Over the whole journal: worked out when entries or the day change, not on every minute's clock tick.
  const flags = useMemo(
    () =>
      episodes && checkIns ? automaticFlags({ daily: dailyPain(episodes, checkIns, TIME_ZONE), today }) : [],
    [episodes, checkIns, today],
  );
  if (!episodes || !checkIns || !settings || !measures || !activities) return null;

  const hasToday = checkIns.some((c) => c.day === today);
  const isCheckInDue = isCheckInPromptDue(now, TIME_ZONE, settings.checkInPromptHour, hasToday);
  const hasActivities = activities.some((a) => a.retiredAt === null);
  const dueNames = dueMeasureNames(lastMeasureDays(measures), hasActivities, today);

  if (flags.length === 0 && !isCheckInDue && dueNames.length === 0) return null;
  return (
    <div className="notices" aria-label="Notices" role="region">
      {flags.map((flag) => {
        const entry = automaticFlagById(flag.id);
        return (
          <div key={`${flag.id}-${flag.from}`} className="notice urgency-soon" data-testid="automatic-flag">
            <h3>
              {entry.label} · {URGENCY_LABELS[entry.urgency]}
            </h3>
            <p>{flag.detail}</p>
            <p>{entry.advice}</p>
          </div>
        );
      })}
      {isCheckInDue && (
        <div className="notice" data-testid="check-in-prompt">
          <h3>{CHECK_IN_NOTICE.title}</h3>
          <p>{CHECK_IN_NOTICE.body}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => onOpenCheckIn(today)}>
              Fill in today’s check-in
            </button>
          </div>
        </div>
      )}
      {dueNames.length > 0 && (
        <div className="notice" data-testid="measures-due">
          <h3>{weeklyMeasuresTitle(dueNames)}</h3>
          <p>{WEEKLY_MEASURES_BODY}</p>
          <div className="actions">
            <button type="button" onClick={onOpenMeasures}>
              Open measures
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
