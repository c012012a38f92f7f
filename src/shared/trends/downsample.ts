/**
 * Fewer marks for long periods: ten years of daily points or weekly bars is more than anyone can read,
 * and more than a chart can draw quickly. Tables and summaries keep every day; only the drawing is grouped.
 */
import { addCalendarDays, dayNumber, type CalendarDay } from '../dates';
import type { DayPoint } from './series';
import type { WeekBar } from './weekly';

/** Above this many days the pain chart draws one point per week. */
export const MAX_DAILY_POINTS = 200;
/** Above this many weeks the episodes chart draws one bar per month. */
export const MAX_WEEKLY_BARS = 60;
/** A scatter chart draws at most this many of the latest days. */
export const MAX_SCATTER_POINTS = 400;

function mondayOf(day: CalendarDay): CalendarDay {
  // dayNumber 0 (1970-01-01) was a Thursday: (n + 3) % 7 days since the Monday before.
  return addCalendarDays(day, -((dayNumber(day) + 3) % 7));
}

function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/**
 * One point per Monday-starting week: the week's worst, the mean of its daily averages, the mean of its
 * 7-day averages; a warning sign or a quit day anywhere in the week is kept.
 */
export function weeklyPainPoints(points: readonly DayPoint[]): DayPoint[] {
  const weeks = new Map<CalendarDay, DayPoint[]>();
  for (const point of points) {
    const week = mondayOf(point.day);
    const list = weeks.get(week);
    if (list) list.push(point);
    else weeks.set(week, [point]);
  }
  return [...weeks.entries()].map(([week, days]) => {
    const worsts = days.map((d) => d.worst).filter((v): v is number => v !== null);
    return {
      day: week,
      worst: worsts.length === 0 ? null : Math.max(...worsts),
      average: meanOf(days.map((d) => d.average)),
      checkInPain: meanOf(days.map((d) => d.checkInPain)),
      episodeAverage: meanOf(days.map((d) => d.episodeAverage)),
      rolling7: meanOf(days.map((d) => d.rolling7)),
      redFlag: days.some((d) => d.redFlag),
      withdrawalStart: days.some((d) => d.withdrawalStart),
      withdrawalSubstances: days.flatMap((d) => d.withdrawalSubstances),
      episodes: days.reduce((sum, d) => sum + d.episodes, 0),
    };
  });
}

/** Weekly bars summed by the calendar month their week starts in, labelled by the month's first day. */
export function monthlyBars(bars: readonly WeekBar[]): WeekBar[] {
  const months = new Map<CalendarDay, WeekBar>();
  for (const bar of bars) {
    const month = `${bar.weekStart.slice(0, 7)}-01`;
    const existing = months.get(month);
    if (!existing) {
      months.set(month, { ...bar, weekStart: month, counts: { ...bar.counts } });
      continue;
    }
    for (const key of Object.keys(bar.counts) as (keyof WeekBar['counts'])[]) {
      existing.counts[key] += bar.counts[key];
    }
    existing.total += bar.total;
    existing.daysInRange += bar.daysInRange;
  }
  return [...months.values()];
}

/** The latest `max` points (by day) for drawing. */
export function latestPoints<T extends { day: CalendarDay }>(points: readonly T[], max: number): T[] {
  return [...points].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-max);
}
