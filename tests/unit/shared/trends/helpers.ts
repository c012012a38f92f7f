/** Builders for Trends tests: whole stored records, with only what a test is about filled in. */
import type { Episode, RemedyTried, Trigger, TriggerKind } from '../../../../src/shared/model';

import { episode, nextId } from '../../../fixtures/builders';

export { checkIn, episode, nextId } from '../../../fixtures/builders';

export const LONDON = 'Europe/London';
export const NEW_YORK = 'America/New_York';
export const TOKYO = 'Asia/Tokyo';
export const AUCKLAND = 'Pacific/Auckland';

/** A deleted episode: it must count nowhere. */
export function deleted(startedAt: string, intensity: number, patch: Partial<Episode> = {}): Episode {
  return episode(startedAt, intensity, { deletedAt: startedAt, ...patch });
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
