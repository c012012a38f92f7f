import { useMemo } from 'react';
import { calendarDayOf } from '@shared/dates';
import { isCheckInPromptDue } from '@shared/scoring/checkInDay';
import { isMeasureDue } from '@shared/scoring/due';
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
  const lastOf = (kind: 'psfs' | 'peg3') => measures.filter((m) => m.kind === kind).at(-1)?.day ?? null;
  const hasActivities = activities.some((a) => a.retiredAt === null);
  const isPsfsDue = hasActivities && isMeasureDue(lastOf('psfs'), today);
  const isPegDue = lastOf('peg3') !== null && isMeasureDue(lastOf('peg3'), today);
  const dueNames = [isPsfsDue ? 'PSFS' : null, isPegDue ? 'PEG-3' : null].filter(Boolean).join(' and ');

  if (flags.length === 0 && !isCheckInDue && dueNames === '') return null;
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
          <h3>How was today?</h3>
          <p>Today’s check-in is still empty. It takes about a minute, pain or no pain.</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => onOpenCheckIn(today)}>
              Fill in today’s check-in
            </button>
          </div>
        </div>
      )}
      {dueNames !== '' && (
        <div className="notice" data-testid="measures-due">
          <h3>
            Your weekly {dueNames} {dueNames.includes(' and ') ? 'are' : 'is'} due
          </h3>
          <p>A few questions that show you and your physiotherapist how things are changing.</p>
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
