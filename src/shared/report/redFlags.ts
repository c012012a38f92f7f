/** Warning signs recorded in the range, most urgent first, each with the advice the journal gives for it. */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import { redFlagsInRange } from '../redFlagList';
import { severeStreaks, type SevereStreak } from '../scoring/automaticFlags';
import { dailyPain } from '../scoring/painTrend';
import { redFlagById } from '../taxonomy';
import { URGENCY_LABELS, type RedFlagId, type RedFlagUrgency } from '../taxonomy/redFlags';
import type { DayRange } from '../trends/range';

export interface ReportRedFlag {
  flag: RedFlagId;
  day: CalendarDay;
  label: string;
  urgency: RedFlagUrgency;
  /** "Get help now" or "See a doctor soon". */
  urgencyLabel: string;
  advice: string;
  /** The pain rating of the episode it was recorded with. */
  intensity: number;
  episodeId: string;
}

/** Emergencies first, then newest first (the order of redFlagsInRange). Deleted episodes never count. */
export function reportRedFlags(
  episodes: readonly Episode[],
  range: DayRange,
  timeZone: string,
): ReportRedFlag[] {
  return redFlagsInRange(episodes, range, timeZone).map((recorded) => ({
    flag: recorded.flag,
    day: recorded.day,
    label: recorded.label,
    urgency: recorded.urgency,
    urgencyLabel: URGENCY_LABELS[recorded.urgency],
    advice: redFlagById(recorded.flag).advice,
    intensity: recorded.intensity,
    episodeId: recorded.episodeId,
  }));
}

/**
 * Runs of 3 or more days in a row with pain at 8 or more that overlap the range: not a symptom the person
 * ticked, but a pattern the journal watches for, listed with the warning signs because it is a reason to
 * seek care too.
 */
export function severeStreaksInRange(
  episodes: readonly Episode[],
  checkIns: readonly CheckIn[],
  range: DayRange,
  timeZone: string,
): SevereStreak[] {
  return severeStreaks(dailyPain(episodes, checkIns, timeZone)).filter(
    (streak) => streak.to >= range.from && streak.from <= range.to,
  );
}
