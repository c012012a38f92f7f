/**
 * The factors analysed, with their lags fixed in advance (never chosen after looking at the data), and how
 * each day counts as exposed, unexposed or unknown.
 */
import type { AnalysisFactorKind } from '../taxonomy/causes';
import { labelOfWorkoutType } from '../taxonomy';
import type { WorkoutTypeId } from '../taxonomy/triggers';
import type { OwnFactor, OwnFactorKind } from '../ownFactors';
import type { DailyRow } from './dailyTable';
import { quantile } from './stats';
import { formatScore } from '../measureText';
import { litresToUnit, type WaterUnit } from '../scoring/water';

/** Days needed on each side before a factor is tested. */
export const MIN_DAYS_EACH = 8;
/** Less water than this in a day counts as low (six 250 ml glasses). */
export const LOW_WATER_LITRES = 1.5;
/** Less sleep than this the night before counts as poor sleep, as does quality "poor" or worse. */
export const SHORT_SLEEP_HOURS = 6;
export const POOR_SLEEP_QUALITY = 2;

/**
 * What a factor is about: one of the built-in kinds (each with causes from the source documents), mood or
 * energy (the documents say nothing about them, so no cause is offered), or one of the person's own.
 */
export type FactorKind = AnalysisFactorKind | 'low-mood' | 'low-energy' | 'own';

/** For a factor of the person's own: which one, so screens can name it and hide it once archived. */
export interface OwnFactorRef {
  factorId: string;
  name: string;
  kind: OwnFactorKind;
  archived: boolean;
}

export interface FactorDefinition {
  id: string;
  kind: FactorKind;
  /** Set exactly when kind is 'own'. */
  own: OwnFactorRef | null;
  /** "a workout", "a rowing workout", "high stress": finishes "on days with …" / "on days after …". */
  exposureWords: string;
  /** The whole phrase: "days after a workout", "days with high stress", "days you had “Backpack”". */
  dayWords: string;
  /** What "with it" means, when that needs saying: "your top third, 7 or more". */
  exposureNote: string | null;
  /** 0 = same day, 1 = the day before. */
  lag: 0 | 1;
  /** 1 exposed, 0 unexposed, null unknown; one per row. */
  exposure: (number | null)[];
}

type Exposure = (row: DailyRow) => number | null;

/** Applies a same-day exposure, or the previous calendar day's for lag 1 (unknown when that day is missing). */
function exposures(rows: readonly DailyRow[], exposure: Exposure, lag: 0 | 1): (number | null)[] {
  if (lag === 0) return rows.map(exposure);
  const byIndex = new Map(rows.map((row) => [row.dayIndex, row]));
  return rows.map((row) => {
    const previous = byIndex.get(row.dayIndex - 1);
    return previous ? exposure(previous) : null;
  });
}

function counted(exposure: readonly (number | null)[]): { exposed: number; unexposed: number } {
  return {
    exposed: exposure.filter((x) => x === 1).length,
    unexposed: exposure.filter((x) => x === 0).length,
  };
}

/**
 * The user's own top third: days at or above the two-thirds point of the values they recorded, or, when
 * many days share that value, days above it: whichever comes closer to a third of the days.
 */
export function topThird(
  values: readonly (number | null)[],
): ((value: number | null) => number | null) | null {
  const cut = topThirdCut(values);
  if (!cut) return null;
  const { threshold, strict } = cut;
  return (value) => (value === null ? null : (strict ? value > threshold : value >= threshold) ? 1 : 0);
}

/** Where the top third starts: values above `threshold` (strict) or at or above it. */
export function topThirdCut(
  values: readonly (number | null)[],
): { threshold: number; strict: boolean } | null {
  const recorded = values.filter((v): v is number => v !== null);
  if (recorded.length === 0) return null;
  const threshold = quantile(recorded, 2 / 3);
  const third = recorded.length / 3;
  const atOrAbove = recorded.filter((v) => v >= threshold).length;
  const above = recorded.filter((v) => v > threshold).length;
  return { threshold, strict: Math.abs(above - third) < Math.abs(atOrAbove - third) };
}

/**
 * "your top third, 7 or more", "your top third, 3 or more cups", "your bottom third, 3 or less": told by
 * the recorded values that count (the cut itself may fall between two, at 3.3).
 */
function thirdNote(values: readonly (number | null)[], side: 'top' | 'bottom', unit = ''): string | null {
  const isHigh = side === 'top' ? topThird(values) : bottomThird(values);
  if (!isHigh) return null;
  const counted = values.filter((v): v is number => v !== null && isHigh(v) === 1);
  if (counted.length === 0) return null;
  const edge = formatScore(side === 'top' ? Math.min(...counted) : Math.max(...counted));
  const suffix = unit ? ` ${unit}` : '';
  return `your ${side} third, ${edge} or ${side === 'top' ? 'more' : 'less'}${suffix}`;
}

/** Low water in the person's own unit: "fewer than 6 glasses of water", "less than 1.5 litres of water". */
export function lowWaterWords(unit: WaterUnit): string {
  const amount = formatScore(litresToUnit(LOW_WATER_LITRES, unit));
  return unit === 'glasses' ? `fewer than ${amount} glasses of water` : `less than ${amount} litres of water`;
}

export interface DefineFactorsOptions {
  /** The unit the person counts water in (Settings): low water is worded in it. */
  waterUnit?: WaterUnit;
}

const WORKOUT_TYPE_WORDS: Record<WorkoutTypeId, string> = {
  weightlifting: 'a weightlifting workout',
  rowing: 'a rowing workout',
  overhead: 'overhead work',
  running: 'a run or cardio',
  other: 'another kind of workout',
};

export function workoutWords(type: WorkoutTypeId): string {
  return WORKOUT_TYPE_WORDS[type] ?? labelOfWorkoutType(type).toLowerCase();
}

/** Every factor this journal's data can support, in a fixed order. */
export function defineFactors(
  rows: readonly DailyRow[],
  ownFactors: readonly OwnFactor[] = [],
  { waterUnit = 'litres' }: DefineFactorsOptions = {},
): FactorDefinition[] {
  const factors: FactorDefinition[] = [];
  const add = (
    id: string,
    kind: FactorKind,
    exposureWords: string,
    lag: 0 | 1,
    exposure: Exposure,
    own: OwnFactorRef | null = null,
    words: { dayWords?: string; note?: string | null } = {},
  ) =>
    factors.push({
      id,
      kind,
      own,
      exposureWords,
      dayWords: words.dayWords ?? `${lag === 1 ? 'days after' : 'days with'} ${exposureWords}`,
      exposureNote: words.note ?? null,
      lag,
      exposure: exposures(rows, exposure, lag),
    });

  // Workouts: by type once at least two types each have enough days, otherwise any workout.
  const typeDays = new Map<WorkoutTypeId, number>();
  for (const row of rows) {
    if (row.workout !== null && row.workout !== 'none')
      typeDays.set(row.workout, (typeDays.get(row.workout) ?? 0) + 1);
  }
  const qualifying = [...typeDays.entries()]
    .filter(([, days]) => days >= MIN_DAYS_EACH)
    .map(([type]) => type);
  if (qualifying.length >= 2) {
    for (const type of qualifying.sort()) {
      const isType: Exposure = (row) => (row.workout === null ? null : row.workout === type ? 1 : 0);
      add(`workout-${type}-same-day`, 'workout', workoutWords(type), 0, isType);
      add(`workout-${type}-next-day`, 'workout', workoutWords(type), 1, isType);
    }
  } else {
    const isWorkout: Exposure = (row) => (row.workout === null ? null : row.workout === 'none' ? 0 : 1);
    add('workout-same-day', 'workout', 'a workout', 0, isWorkout);
    add('workout-next-day', 'workout', 'a workout', 1, isWorkout);
  }

  const stressHigh = topThird(rows.map((r) => r.stress));
  if (stressHigh)
    add('stress-high', 'stress', 'high stress', 0, (row) => stressHigh(row.stress), null, {
      note: thirdNote(
        rows.map((r) => r.stress),
        'top',
      ),
    });

  add('low-water', 'low-water', lowWaterWords(waterUnit), 0, (row) =>
    row.waterLitres === null ? null : row.waterLitres < LOW_WATER_LITRES ? 1 : 0,
  );

  const deskLong = topThird(rows.map((r) => r.deskHours));
  if (deskLong)
    add('long-desk', 'long-desk', 'long desk or screen hours', 0, (row) => deskLong(row.deskHours), null, {
      note: thirdNote(
        rows.map((r) => r.deskHours),
        'top',
        'hours',
      ),
    });

  // Poor sleep is short sleep or poor quality. A blank field is unknown, never good sleep: a day with
  // quality fine but hours blank is unknown, since the night may have been short. Someone who keeps only
  // one of the two (the other on under a third of their sleep entries) is judged by that one, and told so.
  const sleepDays = rows.filter((row) => row.sleepHours !== null || row.sleepQuality !== null).length;
  const uses = (field: 'sleepHours' | 'sleepQuality') =>
    rows.filter((row) => row[field] !== null).length >= sleepDays / 3;
  const isShort = (row: DailyRow) => (row.sleepHours === null ? null : row.sleepHours < SHORT_SLEEP_HOURS);
  const isPoor = (row: DailyRow) =>
    row.sleepQuality === null ? null : row.sleepQuality <= POOR_SLEEP_QUALITY;
  const asExposure = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
  if (sleepDays > 0 && !uses('sleepHours')) {
    add('poor-sleep', 'poor-sleep', 'poor sleep quality the night before', 0, (row) =>
      asExposure(isPoor(row)),
    );
  } else if (sleepDays > 0 && !uses('sleepQuality')) {
    add('poor-sleep', 'poor-sleep', `under ${SHORT_SLEEP_HOURS} hours of sleep the night before`, 0, (row) =>
      asExposure(isShort(row)),
    );
  } else {
    add('poor-sleep', 'poor-sleep', 'poor sleep the night before', 0, (row) => {
      const short = isShort(row);
      const poor = isPoor(row);
      if (short === true || poor === true) return 1;
      return short === false && poor === false ? 0 : null;
    });
  }

  if (rows.some((row) => row.withdrawalDay !== null)) {
    add('withdrawal-early', 'withdrawal-early', 'the first three days of a withdrawal', 0, (row) =>
      row.withdrawalDay !== null && row.withdrawalDay >= 1 && row.withdrawalDay <= 3 ? 1 : 0,
    );
  }

  // Mood and energy: the low end is the exposure, as high stress is for stress, so "higher" always means
  // pain was higher on the harder days, the question a person asks ("is my back worse when I'm low?").
  // Like stress, each is defined once it has been recorded at all, never on how its results look.
  const moodLow = bottomThird(rows.map((r) => r.mood));
  if (moodLow)
    add('mood-low', 'low-mood', 'low mood', 0, (row) => moodLow(row.mood), null, {
      note: thirdNote(
        rows.map((r) => r.mood),
        'bottom',
      ),
    });
  const energyLow = bottomThird(rows.map((r) => r.energy));
  if (energyLow)
    add('energy-low', 'low-energy', 'low energy', 0, (row) => energyLow(row.energy), null, {
      note: thirdNote(
        rows.map((r) => r.energy),
        'bottom',
      ),
    });

  // The person's own factors, every one ever created (archived too) in the order they were made: a factor
  // joins the family when it is created, so the family never depends on which ones look interesting. One
  // with no values yet is still defined (and "not enough data").
  const own = [...ownFactors].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const factor of own) {
    const value = (row: DailyRow): number | null => row.ownValues[factor.id] ?? null;
    const ref: OwnFactorRef = {
      factorId: factor.id,
      name: factor.name,
      kind: factor.kind,
      archived: factor.archivedAt !== null,
    };
    if (factor.kind === 'yes-no') {
      add(
        `own-${factor.id}`,
        'own',
        `“${factor.name}”`,
        0,
        (row) => {
          const v = value(row);
          return v === null ? null : v >= 1 ? 1 : 0;
        },
        ref,
        { dayWords: `days you had “${factor.name}”` },
      );
    } else {
      const values = rows.map(value);
      const high = topThird(values);
      const more = factor.kind === 'rating' ? `a higher “${factor.name}”` : `more “${factor.name}”`;
      add(`own-${factor.id}`, 'own', more, 0, (row) => (high ? high(value(row)) : null), ref, {
        note: thirdNote(values, 'top', factor.kind === 'number' ? (factor.unit ?? '') : ''),
      });
    }
  }
  return factors;
}

/** The user's own bottom third: the top third of the values turned upside down. */
function bottomThird(values: readonly (number | null)[]): ((value: number | null) => number | null) | null {
  const high = topThird(values.map((v) => (v === null ? null : -v)));
  return high ? (value) => high(value === null ? null : -value) : null;
}

export function exposureCounts(factor: FactorDefinition): { exposed: number; unexposed: number } {
  return counted(factor.exposure);
}
