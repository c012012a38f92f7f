/** The full log for the range: every episode and every check-in, oldest first, as the app shows them. */
import { describeCheckIn, type CheckInRow } from '../checkInDisplay';
import type { CheckIn } from '../checkIns';
import { formatClockTime, type CalendarDay, type ClockTimeOptions } from '../dates';
import { episodeEndWords } from '../episodeLength';
import { describeFollowUp } from '../followUps/describe';
import { describeRelief } from '../history';
import { describeTrigger, triggerWords, type TriggerWords } from '../episodeWords';
import type { Episode, RemedyTried } from '../model';
import type { WaterUnit } from '../scoring/water';
import { labelOfQuality, labelOfRedFlag, labelOfRegion, labelOfRemedy } from '../taxonomy';
import { episodesInRange } from '../trends/internal';
import type { DayRange } from '../trends/range';
import { checkInsInRange } from './context';
import { reportEpisodeEnd } from './episodeEnd';

export { describeTrigger };

export interface ReportRemedyUse {
  /** "Heat (pad, warm shower)"; for a medicine, the name and dose the person typed follow. */
  label: string;
  painBefore: number | null;
  painAfter: number | null;
  minutesAfter: number | null;
  /** "7 → 4 after 30 min"; null when neither rating was recorded. */
  relief: string | null;
}

export interface ReportEpisodeRow {
  id: string;
  /** Local calendar day and clock time it started, as the locale writes it ("07:30" in en-GB). */
  day: CalendarDay;
  time: string;
  /** Null without an end recorded. */
  durationMinutes: number | null;
  /** "45 min", "1 h 30 min"; "no end yet" within 24 hours of the report being made, else "end not recorded". */
  duration: string;
  /** "Stopped by 15:05" or "Later: 3/10 at 15:05"; null with no follow-up answered. */
  followUp: string | null;
  intensity: number;
  regions: string[];
  qualities: string[];
  /** "Workout or hard exercise (Rowing or rows, effort 8/10)". */
  triggers: string[];
  /** The same triggers in parts, so the report can keep the journal's words whole beside typed ones. */
  triggerParts: TriggerWords[];
  remedies: ReportRemedyUse[];
  redFlags: string[];
  notes: string;
}

export interface ReportAppendix {
  episodes: ReportEpisodeRow[];
  /** As the app shows them: "Not recorded" spelled out, never 0. */
  checkIns: CheckInRow[];
}

function remedyUse(use: RemedyTried): ReportRemedyUse {
  const typed = [use.medicationName, use.dose].filter((part): part is string => !!part?.trim());
  const label = labelOfRemedy(use.kind);
  return {
    label: typed.length === 0 ? label : `${label}: ${typed.join(', ')}`,
    painBefore: use.painBefore,
    painAfter: use.painAfter,
    minutesAfter: use.minutesAfter,
    relief: describeRelief(use),
  };
}

function episodeRow(
  episode: Episode,
  day: CalendarDay,
  madeAt: Date,
  clock: ClockTimeOptions,
): ReportEpisodeRow {
  const end = reportEpisodeEnd(episode, madeAt);
  return {
    id: episode.id,
    day,
    time: formatClockTime(episode.startedAt, clock),
    durationMinutes: end.state === 'ended' ? end.minutes : null,
    duration: episodeEndWords(end),
    followUp: episode.followUp && describeFollowUp(episode.followUp, episode, clock),
    intensity: episode.intensity,
    regions: episode.regions.map(labelOfRegion),
    qualities: episode.qualities.map(labelOfQuality),
    triggers: episode.triggers.map(describeTrigger),
    triggerParts: episode.triggers.map(triggerWords),
    remedies: episode.remedies.map(remedyUse),
    redFlags: episode.redFlags.map(labelOfRedFlag),
    notes: episode.notes.trim(),
  };
}

export interface AppendixInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  range: DayRange;
  timeZone: string;
  /** When the report is made: an episode with no end that started over 24 hours before reads "end not recorded". */
  now: Date;
  locale?: string;
  waterUnit: WaterUnit;
}

export function reportAppendix(input: AppendixInput): ReportAppendix {
  const { range, timeZone, locale } = input;
  const episodes = episodesInRange(input.episodes, range, timeZone)
    .sort(
      (a, b) =>
        Date.parse(a.episode.startedAt) - Date.parse(b.episode.startedAt) ||
        (a.episode.id < b.episode.id ? -1 : a.episode.id > b.episode.id ? 1 : 0),
    )
    .map(({ episode, day }) => episodeRow(episode, day, input.now, { timeZone, locale }));
  return {
    episodes,
    checkIns: checkInsInRange(input.checkIns, range).map((c) => describeCheckIn(c, input.waterUnit)),
  };
}
