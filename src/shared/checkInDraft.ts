/**
 * The check-in form's state: exactly what was typed, as strings, so a refused form loses nothing.
 * An empty field means "not recorded", which is stored as null and never as 0.
 */
import type { CheckIn, CheckInInput } from './checkIns';
import { MAX_WATER_LITRES, SLEEP_QUALITY_LEVELS } from './checkIns';
import { isCalendarDay } from './dates';
import {
  MESSAGES,
  notesTooLongMessage,
  parseDecimal,
  parseWholeNumber,
  type FieldErrors,
} from './episodeDraft';
import { MAX_NOTES_LENGTH, MAX_WITHDRAWAL_DAY } from './model';
import { MAX_OWN_FACTOR_NUMBER, isValidOwnValue, type OwnFactor } from './ownFactors';
import { litresToUnit, unitToLitres } from './scoring/water';
import type { Settings } from './settings';
import type { WithdrawalSubstanceId, WorkoutTypeId } from './taxonomy/triggers';
import type { WithdrawalPrefill } from './withdrawal';

export interface CheckInDraft {
  day: string;
  sleepHours: string;
  sleepQuality: string;
  water: string;
  stress: string;
  deskHours: string;
  workout: WorkoutTypeId | 'none' | '';
  workoutEffort: string;
  withdrawalSubstance: WithdrawalSubstanceId | '';
  withdrawalDay: string;
  overallPain: string;
  mood: string;
  energy: string;
  /** Own factors by id, as typed ("1"/"0" for yes/no); '' or a missing key is not recorded. */
  ownValues: Record<string, string>;
  notes: string;
}

export type CheckInValidation = { ok: true; value: CheckInInput } | { ok: false; errors: FieldErrors };

export const CHECK_IN_MESSAGES = {
  day: 'Choose the day this check-in is for.',
  dayFuture: 'That day hasn’t happened yet. Choose today or an earlier day.',
  sleepHours: 'Use hours from 0 to 24, or leave it empty.',
  sleepQuality: 'Choose how well you slept, or leave it as not recorded.',
  water: (unit: Settings['waterUnit']) =>
    unit === 'glasses'
      ? `Use a number of glasses from 0 to ${litresToUnit(MAX_WATER_LITRES, 'glasses')}, or leave it empty.`
      : `Use litres from 0 to ${MAX_WATER_LITRES}, or leave it empty.`,
  effortWithoutWorkout: 'Choose the kind of workout first, or clear the effort.',
  withdrawalDay: `Use a day number from 1 (the day you stopped) to ${MAX_WITHDRAWAL_DAY}, or leave it empty.`,
  ownValue: (factor: OwnFactor | undefined) => {
    if (factor?.kind === 'yes-no') return 'Choose yes or no, or leave it as not recorded.';
    if (factor?.kind === 'rating') return MESSAGES.rating;
    const unit = factor?.unit ? ` ${factor.unit}` : '';
    return `Use a number from 0 to ${MAX_OWN_FACTOR_NUMBER}${unit} (decimals are fine), or leave it empty.`;
  },
} as const;

/** The form's error key for an own factor's field. */
export function ownValueErrorKey(factorId: string): string {
  return `own-${factorId}`;
}

function text(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The form for a day: the saved check-in if there is one, otherwise empty with withdrawal filled in. */
export function checkInDraftFor(
  day: string,
  saved: CheckIn | undefined,
  waterUnit: Settings['waterUnit'],
  withdrawal: WithdrawalPrefill | null,
): CheckInDraft {
  if (saved) {
    return {
      day,
      sleepHours: text(saved.sleepHours),
      sleepQuality: text(saved.sleepQuality),
      water: saved.waterLitres === null ? '' : String(litresToUnit(saved.waterLitres, waterUnit)),
      stress: text(saved.stress),
      deskHours: text(saved.deskHours),
      workout: saved.workout ?? '',
      workoutEffort: text(saved.workoutEffort),
      withdrawalSubstance: saved.withdrawalSubstance ?? '',
      withdrawalDay: text(saved.withdrawalDay),
      overallPain: text(saved.overallPain),
      mood: text(saved.mood),
      energy: text(saved.energy),
      ownValues: Object.fromEntries(Object.entries(saved.ownValues).map(([id, v]) => [id, String(v)])),
      notes: saved.notes,
    };
  }
  return {
    day,
    sleepHours: '',
    sleepQuality: '',
    water: '',
    stress: '',
    deskHours: '',
    workout: '',
    workoutEffort: '',
    withdrawalSubstance: withdrawal?.substance ?? '',
    withdrawalDay: withdrawal ? String(withdrawal.dayNumber) : '',
    overallPain: '',
    mood: '',
    energy: '',
    ownValues: {},
    notes: '',
  };
}

export function validateCheckInDraft(
  draft: CheckInDraft,
  context: {
    today: string;
    waterUnit: Settings['waterUnit'];
    /** The factor definitions, archived ones too, to check each value against its kind. */
    ownFactors?: readonly OwnFactor[];
  },
): CheckInValidation {
  const errors: FieldErrors = {};
  if (!isCalendarDay(draft.day)) errors.day = CHECK_IN_MESSAGES.day;
  else if (draft.day > context.today) errors.day = CHECK_IN_MESSAGES.dayFuture;

  const sleepHours = parseDecimal(draft.sleepHours, 0, 24);
  if (sleepHours === undefined) errors.sleepHours = CHECK_IN_MESSAGES.sleepHours;
  const sleepQuality = parseWholeNumber(draft.sleepQuality, 1, SLEEP_QUALITY_LEVELS.length);
  if (sleepQuality === undefined) errors.sleepQuality = CHECK_IN_MESSAGES.sleepQuality;

  const water = parseDecimal(draft.water, 0, litresToUnit(MAX_WATER_LITRES, context.waterUnit));
  if (water === undefined) errors.water = CHECK_IN_MESSAGES.water(context.waterUnit);

  const stress = parseWholeNumber(draft.stress, 0, 10);
  if (stress === undefined) errors.stress = MESSAGES.rating;
  const deskHours = parseDecimal(draft.deskHours, 0, 24);
  if (deskHours === undefined) errors.deskHours = MESSAGES.deskHours;

  const workoutEffort = parseWholeNumber(draft.workoutEffort, 0, 10);
  if (workoutEffort === undefined) errors.workoutEffort = MESSAGES.rating;
  else if (workoutEffort !== null && (draft.workout === '' || draft.workout === 'none'))
    errors.workoutEffort = CHECK_IN_MESSAGES.effortWithoutWorkout;

  const withdrawalDay = parseWholeNumber(draft.withdrawalDay, 1, MAX_WITHDRAWAL_DAY);
  if (withdrawalDay === undefined) errors.withdrawalDay = CHECK_IN_MESSAGES.withdrawalDay;

  const overallPain = parseWholeNumber(draft.overallPain, 0, 10);
  if (overallPain === undefined) errors.overallPain = MESSAGES.rating;
  const mood = parseWholeNumber(draft.mood, 0, 10);
  if (mood === undefined) errors.mood = MESSAGES.rating;
  const energy = parseWholeNumber(draft.energy, 0, 10);
  if (energy === undefined) errors.energy = MESSAGES.rating;
  // Own factors: each value against its factor's kind; a blank is not recorded. A value whose
  // definition is not here (archived factors are) is kept as any number from 0 up, never dropped.
  const ownValues: Record<string, number> = {};
  const factorsById = new Map((context.ownFactors ?? []).map((f) => [f.id, f]));
  for (const [id, typed] of Object.entries(draft.ownValues)) {
    const factor = factorsById.get(id);
    const value = parseDecimal(typed, 0, MAX_OWN_FACTOR_NUMBER);
    if (value === undefined || (value !== null && factor && !isValidOwnValue(factor.kind, value)))
      errors[ownValueErrorKey(id)] = CHECK_IN_MESSAGES.ownValue(factor);
    else if (value !== null) ownValues[id] = value;
  }

  if (draft.notes.length > MAX_NOTES_LENGTH) errors.notes = notesTooLongMessage(draft.notes.length);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      day: draft.day,
      sleepHours: sleepHours ?? null,
      sleepQuality: sleepQuality ?? null,
      waterLitres: water === null || water === undefined ? null : unitToLitres(water, context.waterUnit),
      stress: stress ?? null,
      deskHours: deskHours ?? null,
      workout: draft.workout === '' ? null : draft.workout,
      workoutEffort: workoutEffort ?? null,
      withdrawalSubstance: draft.withdrawalSubstance === '' ? null : draft.withdrawalSubstance,
      withdrawalDay: withdrawalDay ?? null,
      overallPain: overallPain ?? null,
      mood: mood ?? null,
      energy: energy ?? null,
      ownValues,
      notes: draft.notes.trim(),
    },
  };
}
