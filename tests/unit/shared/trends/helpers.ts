/** Builders for Trends tests: whole stored records, with only what a test is about filled in. */
import type { CheckIn } from '../../../../src/shared/checkIns';
import type { Episode, RemedyTried, Trigger, TriggerKind } from '../../../../src/shared/model';

export const LONDON = 'Europe/London';
export const NEW_YORK = 'America/New_York';
export const TOKYO = 'Asia/Tokyo';
export const AUCKLAND = 'Pacific/Auckland';

let counter = 0;
export function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function episode(startedAt: string, intensity: number, patch: Partial<Episode> = {}): Episode {
  return {
    id: nextId(),
    startedAt,
    endedAt: null,
    intensity,
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [],
    redFlags: [],
    notes: '',
    createdAt: startedAt,
    updatedAt: startedAt,
    deletedAt: null,
    ...patch,
  };
}

/** A deleted episode: it must count nowhere. */
export function deleted(startedAt: string, intensity: number, patch: Partial<Episode> = {}): Episode {
  return episode(startedAt, intensity, { deletedAt: startedAt, ...patch });
}

export function checkIn(day: string, patch: Partial<CheckIn> = {}): CheckIn {
  return {
    day,
    sleepHours: null,
    sleepQuality: null,
    waterLitres: null,
    stress: null,
    deskHours: null,
    workout: null,
    workoutEffort: null,
    withdrawalSubstance: null,
    withdrawalDay: null,
    overallPain: null,
    notes: '',
    createdAt: `${day}T21:00:00.000Z`,
    updatedAt: `${day}T21:00:00.000Z`,
    ...patch,
  };
}

export function trigger(kind: TriggerKind): Trigger {
  const base = { id: nextId(), note: '' };
  switch (kind) {
    case 'workout':
      return { ...base, kind, workoutType: null, effort: null };
    case 'stress':
      return { ...base, kind, level: null };
    case 'withdrawal':
      return { ...base, kind, substance: null, dayNumber: null };
    case 'posture':
      return { ...base, kind, deskHours: null, position: null };
    default:
      return { ...base, kind };
  }
}

/** Episode triggers of these kinds, in this order. */
export function triggers(...kinds: TriggerKind[]): { triggers: Trigger[] } {
  return { triggers: kinds.map(trigger) };
}

export function remedy(
  kind: RemedyTried['kind'],
  painBefore: number,
  painAfter: number,
  minutesAfter = 60,
): RemedyTried {
  return { id: nextId(), kind, medicationName: null, dose: null, painBefore, painAfter, minutesAfter };
}
