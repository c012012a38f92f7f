/**
 * A plain-words summary of pain by withdrawal day, for screen readers and for anyone who prefers text to
 * a chart. Compares the first week of the period with the most recent week.
 */
import { formatScore } from './measureText';

export interface WithdrawalDayRow {
  dayNumber: number;
  day: string;
  worstEpisode: number | null;
  checkInPain: number | null;
}

export interface WithdrawalTimelineSummary {
  days: number;
  daysWithData: number;
  firstWeekAverage: number | null;
  lastWeekAverage: number | null;
  text: string;
}

/** The day's highest rating from episodes and the check-in, or null when neither was recorded. */
export function dayPain(row: WithdrawalDayRow): number | null {
  const values = [row.worstEpisode, row.checkInPain].filter((v): v is number => v !== null);
  return values.length === 0 ? null : Math.max(...values);
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

function average(rows: readonly WithdrawalDayRow[]): number | null {
  const values = rows.map(dayPain).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summarizeWithdrawalTimeline(rows: readonly WithdrawalDayRow[]): WithdrawalTimelineSummary {
  const daysWithData = rows.filter((row) => dayPain(row) !== null).length;
  const base = { days: rows.length, daysWithData };
  if (daysWithData === 0) {
    return {
      ...base,
      firstWeekAverage: null,
      lastWeekAverage: null,
      text: `Day ${rows.length} of this period. No pain ratings yet: log episodes or fill in check-ins to see how pain changes as the days pass.`,
    };
  }
  const firstWeekAverage = average(rows.slice(0, 7));
  if (rows.length < 14) {
    const averageSoFar = average(rows);
    return {
      ...base,
      firstWeekAverage,
      lastWeekAverage: null,
      text: `Day ${rows.length} of this period, with pain ratings on ${days(daysWithData)}${averageSoFar === null ? '' : `, averaging ${formatScore(averageSoFar)} out of 10`}. After two weeks this compares the first week with the latest.`,
    };
  }
  const lastWeekAverage = average(rows.slice(-7));
  const comparison =
    firstWeekAverage === null || lastWeekAverage === null
      ? 'There are not enough ratings in the first and latest week to compare them.'
      : `Your highest daily pain averaged ${formatScore(firstWeekAverage)} in the first week and ${formatScore(lastWeekAverage)} in the latest week.`;
  return {
    ...base,
    firstWeekAverage,
    lastWeekAverage,
    text: `Day ${rows.length} of this period, with pain ratings on ${days(daysWithData)}. ${comparison}`,
  };
}
