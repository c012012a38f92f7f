/**
 * Pain on the 0-10 numeric rating scale as a physiotherapist reads it: per day, and over a range as
 * current, average, worst and least, with the change from the first to the last part of the range judged
 * against published meaningful-change thresholds. Lower pain is better.
 */
import { calendarDayOf, type CalendarDay } from '../dates';
import { calendarDaysFrom, daysBetween } from './days';
import { allRatings, ratingsByDay, type DayRatings, type PainCheckIn, type PainEpisode } from './dayRatings';
import { mean, withoutFloatNoise } from './numbers';
import { startDayOf } from '../episodeStart';

export type { PainCheckIn, PainEpisode } from './dayRatings';

/** Meaningful change in mechanical neck pain: 1.3 points (Cleland 2008). */
export const NECK_PAIN_THRESHOLD = 1.3;
/** Meaningful change in chronic pain: about 2 points or 30% (Farrar 2001). */
export const CHRONIC_PAIN_POINTS = 2;
export const CHRONIC_PAIN_PERCENT = 30;

export interface DailyPain {
  day: CalendarDay;
  /** The highest single rating of the day. */
  worst: number;
  /** The check-in's overall pain when recorded (the person's own summary), else the mean episode intensity. */
  average: number;
  /** How many ratings the day has (episodes plus a check-in with pain recorded). */
  ratings: number;
  /** The check-in's overall pain, or null without one. */
  checkInPain: number | null;
  /** The mean of the day's episode intensities, or null with no episode. */
  episodeAverage: number | null;
}

function toDailyPain(entry: DayRatings): DailyPain {
  const ratings = allRatings(entry);
  const episodeAverage = entry.episodeIntensities.length === 0 ? null : mean(entry.episodeIntensities);
  return {
    day: entry.day,
    worst: Math.max(...ratings),
    // A day has a check-in rating or at least one episode (it would not be listed otherwise).
    average: entry.checkInPain ?? episodeAverage ?? 0,
    ratings: ratings.length,
    checkInPain: entry.checkInPain,
    episodeAverage,
  };
}

/** Pain for every day with at least one rating, in day order. Deleted episodes are ignored. */
export function dailyPain(
  episodes: readonly PainEpisode[],
  checkIns: readonly PainCheckIn[],
  timeZone: string,
): Map<CalendarDay, DailyPain> {
  const daily = new Map<CalendarDay, DailyPain>();
  for (const [day, entry] of ratingsByDay(episodes, checkIns, timeZone)) daily.set(day, toDailyPain(entry));
  return daily;
}

export interface PainPart {
  from: CalendarDay;
  to: CalendarDay;
  /** Mean of the daily averages on the days of this part that have data. */
  average: number;
}

export interface PainChange {
  firstPart: PainPart;
  lastPart: PainPart;
  /** lastPart.average - firstPart.average: negative is better. */
  points: number;
  /** points as a percentage of the first part's average; null when that is 0. */
  percent: number | null;
  direction: 'better' | 'worse' | 'same';
  passesNeckPainThreshold: boolean;
  passesChronicPainThreshold: boolean;
}

export interface PainSummary {
  /** The most recent single rating at or before `now` within the range (see `currentPain`). */
  current: number | null;
  /** The calendar day of that rating; null with none. */
  currentDay: CalendarDay | null;
  /** Mean of the daily averages over days with data. */
  average: number | null;
  /** The highest daily worst. */
  worst: number | null;
  /** The lowest single rating. */
  least: number | null;
  daysWithData: number;
  /** Null when either part has fewer than 2 days with data. */
  change: PainChange | null;
}

export interface PainSummaryInput {
  episodes: readonly PainEpisode[];
  checkIns: readonly PainCheckIn[];
  timeZone: string;
  /** First calendar day of the range, inclusive. */
  from: CalendarDay;
  /** Last calendar day of the range, inclusive. */
  to: CalendarDay;
  now: Date;
}

/** A part needs this many days with data before its average is compared. */
const MIN_DAYS_PER_PART = 2;

/**
 * The most recent single rating. An episode counts at its start, once that is at or before `now`. A
 * check-in summarises its whole day, so its overall pain counts at the end of its day: after every episode
 * of that day and before any of the next. It counts as soon as its day has begun, because a person usually
 * fills it in that evening, before the day is over; a check-in for a day still to come is ignored. Of two
 * ratings at the same moment, the higher counts, whatever order they are listed in.
 */
function currentPain(
  input: PainSummaryInput,
  inRange: (day: CalendarDay) => boolean,
): { rating: number; day: CalendarDay } | null {
  const nowMs = input.now.getTime();
  const today = calendarDayOf(input.now.toISOString(), input.timeZone);
  // Each rating sorts by [calendar day, instant]; a check-in takes +Infinity, the end of its day.
  const candidates: { day: CalendarDay; at: number; rating: number }[] = [];
  for (const episode of input.episodes) {
    if (episode.deletedAt !== null) continue;
    const at = Date.parse(episode.startedAt);
    const day = startDayOf(episode, input.timeZone);
    if (at <= nowMs && inRange(day)) candidates.push({ day, at, rating: episode.intensity });
  }
  for (const checkIn of input.checkIns) {
    if (checkIn.overallPain !== null && checkIn.day <= today && inRange(checkIn.day))
      candidates.push({ day: checkIn.day, at: Number.POSITIVE_INFINITY, rating: checkIn.overallPain });
  }
  let latest = candidates[0];
  for (const candidate of candidates) {
    if (latest === undefined) break;
    const isLater =
      candidate.day > latest.day ||
      (candidate.day === latest.day &&
        (candidate.at > latest.at || (candidate.at === latest.at && candidate.rating > latest.rating)));
    if (isLater) latest = candidate;
  }
  return latest === undefined ? null : { rating: latest.rating, day: latest.day };
}

function partAverage(
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  from: CalendarDay,
  to: CalendarDay,
): PainPart | null {
  const averages: number[] = [];
  for (const day of calendarDaysFrom(from, to)) {
    const pain = daily.get(day);
    if (pain) averages.push(pain.average);
  }
  return averages.length < MIN_DAYS_PER_PART ? null : { from, to, average: mean(averages) };
}

function directionOf(points: number): PainChange['direction'] {
  if (points < 0) return 'better';
  return points > 0 ? 'worse' : 'same';
}

/**
 * Compares the first and last third of the range (a third rounded down, at least one day: for 30 days,
 * days 1-10 and 21-30).
 */
function painChange(
  daily: ReadonlyMap<CalendarDay, DailyPain>,
  days: readonly CalendarDay[],
): PainChange | null {
  const partLength = Math.max(1, Math.floor(days.length / 3));
  const firstFrom = days[0];
  const firstTo = days[partLength - 1];
  const lastFrom = days[days.length - partLength];
  const lastTo = days[days.length - 1];
  if (firstFrom === undefined || firstTo === undefined || lastFrom === undefined || lastTo === undefined)
    return null;
  const firstPart = partAverage(daily, firstFrom, firstTo);
  const lastPart = partAverage(daily, lastFrom, lastTo);
  if (firstPart === null || lastPart === null) return null;
  const points = withoutFloatNoise(lastPart.average - firstPart.average);
  const percent = firstPart.average === 0 ? null : withoutFloatNoise((points / firstPart.average) * 100);
  return {
    firstPart,
    lastPart,
    points,
    percent,
    direction: directionOf(points),
    passesNeckPainThreshold: Math.abs(points) >= NECK_PAIN_THRESHOLD,
    passesChronicPainThreshold:
      Math.abs(points) >= CHRONIC_PAIN_POINTS ||
      (percent !== null && Math.abs(percent) >= CHRONIC_PAIN_PERCENT),
  };
}

/** Pain over the calendar days `from` to `to` inclusive. */
export function painSummary(input: PainSummaryInput): PainSummary {
  const { from, to } = input;
  const inRange = (day: CalendarDay): boolean => day >= from && day <= to;
  const days = daysBetween(from, to) >= 0 ? calendarDaysFrom(from, to) : [];
  const byDay = ratingsByDay(input.episodes, input.checkIns, input.timeZone);
  const daily = new Map<CalendarDay, DailyPain>();
  let least: number | null = null;
  for (const [day, entry] of byDay) {
    if (!inRange(day)) continue;
    daily.set(day, toDailyPain(entry));
    for (const rating of allRatings(entry)) if (least === null || rating < least) least = rating;
  }
  const dailies = [...daily.values()];
  const current = currentPain(input, inRange);
  return {
    current: current?.rating ?? null,
    currentDay: current?.day ?? null,
    average: dailies.length === 0 ? null : mean(dailies.map((d) => d.average)),
    worst: dailies.length === 0 ? null : Math.max(...dailies.map((d) => d.worst)),
    least,
    daysWithData: dailies.length,
    change: painChange(daily, days),
  };
}
