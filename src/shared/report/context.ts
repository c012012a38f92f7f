/**
 * Context for the range: sleep, stress, desk hours, mood, energy and the person's own factors from the daily
 * check-ins, workouts, and where the
 * range falls in any withdrawal period. A value not recorded is left out of an average, never taken as 0.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import { activeOwnFactors, type OwnFactor } from '../ownFactors';
import { mean } from '../scoring/numbers';
import { withdrawalDayNumber } from '../scoring/withdrawalDays';
import { labelOfWithdrawalSubstance } from '../taxonomy';
import type { WithdrawalSubstanceId } from '../taxonomy/triggers';
import { episodesInRange } from '../trends/internal';
import { isInRange, type DayRange } from '../trends/range';
import type { WithdrawalPeriod } from '../withdrawal';

export interface ReportAverage {
  /** Mean over the days it was recorded; null when it never was. */
  average: number | null;
  /** Days it was recorded. */
  days: number;
}

export interface ReportWorkouts {
  /** Check-in days that say whether there was a workout (either way). */
  daysRecorded: number;
  /** Check-in days with a workout. */
  workoutDays: number;
  /** Episodes in the range with a workout noted among their triggers, and all episodes in the range. */
  episodesWithWorkoutTrigger: number;
  episodes: number;
}

export interface ReportWithdrawal {
  periodId: string;
  substance: WithdrawalSubstanceId;
  label: string;
  quitDay: CalendarDay;
  /** The period's last day, or null while it goes on. */
  endDay: CalendarDay | null;
  /** The part of the period inside the range, and its day numbers (the quit day is day 1). */
  fromDay: CalendarDay;
  toDay: CalendarDay;
  firstDayNumber: number;
  lastDayNumber: number;
}

export interface ReportContext {
  /** Days in the range with a check-in. */
  checkInDays: number;
  sleepHours: ReportAverage;
  stress: ReportAverage;
  deskHours: ReportAverage;
  mood: ReportAverage;
  energy: ReportAverage;
  /** Each active factor of the person's own (archived ones are hidden, as everywhere else). */
  own: ReportOwnFactor[];
  workouts: ReportWorkouts;
  /** Withdrawal periods overlapping the range, earliest quit day first. */
  withdrawal: ReportWithdrawal[];
}

export interface ReportOwnFactor {
  factorId: string;
  name: string;
  kind: OwnFactor['kind'];
  unit: string | null;
  /** The average over the days it was recorded (for yes/no, the share of "yes" days) and those days. */
  recorded: ReportAverage;
  /** For yes/no: the days answered yes; null for the others. */
  yesDays: number | null;
}

export interface ContextInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  withdrawalPeriods: readonly WithdrawalPeriod[];
  range: DayRange;
  timeZone: string;
  ownFactors?: readonly OwnFactor[];
}

/** The range's check-ins, one per day (should a list hold two, the later one wins), in day order. */
export function checkInsInRange(checkIns: readonly CheckIn[], range: DayRange): CheckIn[] {
  const byDay = new Map<CalendarDay, CheckIn>();
  for (const checkIn of checkIns) if (isInRange(checkIn.day, range)) byDay.set(checkIn.day, checkIn);
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

function averageOf(values: readonly (number | null)[]): ReportAverage {
  const recorded = values.filter((v): v is number => v !== null);
  return { average: recorded.length === 0 ? null : mean(recorded), days: recorded.length };
}

function withdrawalIn(period: WithdrawalPeriod, range: DayRange): ReportWithdrawal | null {
  const fromDay = period.quitDay > range.from ? period.quitDay : range.from;
  const toDay = period.endDay !== null && period.endDay < range.to ? period.endDay : range.to;
  const firstDayNumber = withdrawalDayNumber(period, fromDay);
  const lastDayNumber = withdrawalDayNumber(period, toDay);
  if (fromDay > toDay || firstDayNumber === null || lastDayNumber === null) return null;
  return {
    periodId: period.id,
    substance: period.substance,
    label: labelOfWithdrawalSubstance(period.substance),
    quitDay: period.quitDay,
    endDay: period.endDay,
    fromDay,
    toDay,
    firstDayNumber,
    lastDayNumber,
  };
}

export function reportContext(input: ContextInput): ReportContext {
  const { range } = input;
  const days = checkInsInRange(input.checkIns, range);
  const started = episodesInRange(input.episodes, range, input.timeZone);
  const withdrawal = [...input.withdrawalPeriods]
    .sort((a, b) => (a.quitDay === b.quitDay ? (a.id < b.id ? -1 : 1) : a.quitDay < b.quitDay ? -1 : 1))
    .map((period) => withdrawalIn(period, range))
    .filter((entry): entry is ReportWithdrawal => entry !== null);
  return {
    checkInDays: days.length,
    sleepHours: averageOf(days.map((c) => c.sleepHours)),
    stress: averageOf(days.map((c) => c.stress)),
    deskHours: averageOf(days.map((c) => c.deskHours)),
    mood: averageOf(days.map((c) => c.mood ?? null)),
    energy: averageOf(days.map((c) => c.energy ?? null)),
    own: activeOwnFactors(input.ownFactors ?? []).map((factor) => {
      const values = days.map((c) => c.ownValues?.[factor.id] ?? null);
      return {
        factorId: factor.id,
        name: factor.name,
        kind: factor.kind,
        unit: factor.unit,
        recorded: averageOf(values),
        yesDays: factor.kind === 'yes-no' ? values.filter((v) => v === 1).length : null,
      };
    }),
    workouts: {
      daysRecorded: days.filter((c) => c.workout !== null).length,
      workoutDays: days.filter((c) => c.workout !== null && c.workout !== 'none').length,
      episodesWithWorkoutTrigger: started.filter(({ episode }) =>
        episode.triggers.some((t) => t.kind === 'workout'),
      ).length,
      episodes: started.length,
    },
    withdrawal,
  };
}
