/**
 * How long episodes lasted, in words that never claim more than was recorded. An episode has an end
 * only when the person set one or its follow-up said the pain had stopped; without one it may have
 * gone on or stopped unnoticed, so once its local day is over it reads "end not recorded", never
 * "ongoing". Typical lengths come from the known ends only, and always say how many those were.
 */
import { median, quantile } from './analysis/quantiles';
import type { CalendarDay } from './dates';
import { startDayOf } from './episodeStart';
import { formatDuration } from './history';
import { episodeDurationMinutes } from './episodeBasics';
import type { Episode } from './model';
import { withoutFloatNoise } from './scoring/numbers';

export type EpisodeEnd =
  | { state: 'ended'; minutes: number }
  /** No end, and the local day it started on is today: it may well still be going on. */
  | { state: 'no-end-yet' }
  /** No end, and its day is over: nobody knows when it stopped. */
  | { state: 'not-recorded' };

export const NO_END_YET = 'no end yet';
export const END_NOT_RECORDED = 'end not recorded';

export function episodeEnd(
  episode: Pick<Episode, 'startedAt' | 'endedAt'>,
  today: CalendarDay,
  timeZone: string,
): EpisodeEnd {
  const minutes = episodeDurationMinutes(episode);
  if (minutes !== null) return { state: 'ended', minutes };
  return startDayOf(episode, timeZone) >= today ? { state: 'no-end-yet' } : { state: 'not-recorded' };
}

/** "1 h 10 min", "no end yet" or "end not recorded". */
export function episodeEndWords(end: EpisodeEnd): string {
  if (end.state === 'ended') return formatDuration(end.minutes);
  return end.state === 'no-end-yet' ? NO_END_YET : END_NOT_RECORDED;
}

export interface LengthSummary {
  /** Every episode counted. */
  episodes: number;
  /** Those with an end recorded: the only ones whose length is known. */
  episodesWithEnd: number;
  /** Median length in minutes over the known ends (interpolated); null with none. */
  medianMinutes: number | null;
  /** 25th and 75th percentiles of the known lengths (interpolated); null with none. */
  lowerQuartileMinutes: number | null;
  upperQuartileMinutes: number | null;
}

export function summarizeLengths(episodes: readonly Pick<Episode, 'startedAt' | 'endedAt'>[]): LengthSummary {
  const minutes = episodes.map(episodeDurationMinutes).filter((m): m is number => m !== null);
  const known = minutes.length > 0;
  return {
    episodes: episodes.length,
    episodesWithEnd: minutes.length,
    medianMinutes: known ? withoutFloatNoise(median(minutes)) : null,
    lowerQuartileMinutes: known ? withoutFloatNoise(quantile(minutes, 0.25)) : null,
    upperQuartileMinutes: known ? withoutFloatNoise(quantile(minutes, 0.75)) : null,
  };
}

/** A length as people read it, to the whole minute: "45 min", "1 h 10 min". */
export function lengthWords(minutes: number): string {
  return formatDuration(Math.round(minutes));
}

/** The middle half is shown only from this many known ends: with fewer it says next to nothing. */
export const MIN_ENDS_FOR_MIDDLE_HALF = 4;

/** "from the 12 of 30 episodes with an end recorded", or "from all 12 episodes" when every one has one. */
function fromWhich({ episodes, episodesWithEnd }: LengthSummary): string {
  if (episodesWithEnd === episodes)
    return episodes === 1 ? 'from the one episode' : `from all ${episodes} episodes`;
  return `from the ${episodesWithEnd} of ${episodes} episodes with an end recorded`;
}

/**
 * The report's "Typical duration" figure: "1 h 10 min (middle half 45 min to 1 h 30 min, from the 12 of
 * 30 episodes with an end recorded)".
 */
export function typicalLengthFigure(summary: LengthSummary): string {
  const { episodes, episodesWithEnd, medianMinutes, lowerQuartileMinutes, upperQuartileMinutes } = summary;
  if (episodes === 0) return 'no episodes';
  if (medianMinutes === null)
    return episodes === 1
      ? 'not known: the episode has no end recorded'
      : `not known: none of the ${episodes} episodes has an end recorded`;
  const parts: string[] = [];
  if (
    episodesWithEnd >= MIN_ENDS_FOR_MIDDLE_HALF &&
    lowerQuartileMinutes !== null &&
    upperQuartileMinutes !== null
  )
    parts.push(`middle half ${lengthWords(lowerQuartileMinutes)} to ${lengthWords(upperQuartileMinutes)}`);
  parts.push(fromWhich(summary));
  return `${lengthWords(medianMinutes)} (${parts.join(', ')})`;
}

/**
 * The Trends sentence on how long episodes lasted: "Typical length 1 h 10 min (from the 12 of 30
 * episodes with an end recorded)." Null with no episodes: the count sentence says that already.
 */
export function typicalLengthSentence(summary: LengthSummary): string | null {
  const { episodes, episodesWithEnd, medianMinutes } = summary;
  if (episodes === 0) return null;
  if (medianMinutes === null)
    return episodes === 1
      ? 'The episode has no end recorded, so how long it lasted is not known.'
      : `None of the ${episodes} episodes has an end recorded, so how long they last is not known yet.`;
  if (episodesWithEnd === 1)
    return episodes === 1
      ? `The episode lasted ${lengthWords(medianMinutes)}.`
      : `Only 1 of the ${episodes} episodes has an end recorded: it lasted ${lengthWords(medianMinutes)}.`;
  return `Typical length ${lengthWords(medianMinutes)} (${fromWhich(summary)}).`;
}
