/** How a check-in reads on screen and in tables: "Not recorded" is spelled out, never shown as 0. */
import type { CheckIn } from './checkIns';
import { SLEEP_QUALITY_LEVELS } from './checkIns';
import { formatWater } from './scoring/water';
import type { OwnFactor } from './ownFactors';
import type { Settings } from './settings';
import { labelOfWithdrawalSubstance, labelOfWorkoutType } from './taxonomy';

export const NOT_RECORDED = 'Not recorded';

export interface CheckInRow {
  day: string;
  pain: string;
  sleep: string;
  water: string;
  stress: string;
  mood: string;
  energy: string;
  desk: string;
  workout: string;
  withdrawal: string;
  notes: string;
}

function rating(value: number | null): string {
  return value === null ? NOT_RECORDED : `${value}/10`;
}

function hours(value: number): string {
  return `${value} h`;
}

export function sleepQualityLabel(value: number): string {
  return SLEEP_QUALITY_LEVELS.find((level) => level.value === value)?.label ?? String(value);
}

export function describeCheckIn(checkIn: CheckIn, waterUnit: Settings['waterUnit']): CheckInRow {
  const sleepParts = [
    checkIn.sleepHours === null ? null : hours(checkIn.sleepHours),
    checkIn.sleepQuality === null ? null : sleepQualityLabel(checkIn.sleepQuality).toLowerCase(),
  ].filter((part): part is string => part !== null);
  let workout = NOT_RECORDED;
  if (checkIn.workout === 'none') workout = 'No workout';
  else if (checkIn.workout !== null) {
    workout = labelOfWorkoutType(checkIn.workout);
    if (checkIn.workoutEffort !== null) workout += `, effort ${checkIn.workoutEffort}/10`;
  }
  let withdrawal = NOT_RECORDED;
  if (checkIn.withdrawalSubstance !== null) {
    withdrawal = labelOfWithdrawalSubstance(checkIn.withdrawalSubstance);
    if (checkIn.withdrawalDay !== null) withdrawal += `, day ${checkIn.withdrawalDay}`;
  } else if (checkIn.withdrawalDay !== null) withdrawal = `Day ${checkIn.withdrawalDay}`;
  return {
    day: checkIn.day,
    pain: checkIn.overallPain === null ? NOT_RECORDED : `${checkIn.overallPain}/10`,
    sleep: sleepParts.length === 0 ? NOT_RECORDED : sleepParts.join(', '),
    water: formatWater(checkIn.waterLitres, waterUnit),
    stress: rating(checkIn.stress),
    mood: rating(checkIn.mood),
    energy: rating(checkIn.energy),
    desk: checkIn.deskHours === null ? NOT_RECORDED : hours(checkIn.deskHours),
    workout,
    withdrawal,
    notes: checkIn.notes,
  };
}

/** A factor of the person's own on one check-in, in words: "Yes", "6/10", "3 cups"; never 0 for a blank. */
export function ownFactorCell(factor: OwnFactor, checkIn: CheckIn): string {
  const value = checkIn.ownValues?.[factor.id];
  if (value === undefined) return NOT_RECORDED;
  if (factor.kind === 'yes-no') return value === 1 ? 'Yes' : 'No';
  if (factor.kind === 'rating') return `${value}/10`;
  return factor.unit ? `${value} ${factor.unit}` : String(value);
}
