import { describe, expect, it } from 'vitest';
import { checkInDraftFor, ownValueErrorKey, validateCheckInDraft } from '../../../src/shared/checkInDraft';
import type { OwnFactor } from '../../../src/shared/ownFactors';
import { checkIn } from '../../fixtures/builders';

const factor = (id: string, kind: OwnFactor['kind'], patch: Partial<OwnFactor> = {}): OwnFactor => ({
  id,
  name: id,
  kind,
  unit: kind === 'number' ? 'cups' : null,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  archivedAt: null,
  ...patch,
});
const COFFEE = factor('0a0a0a0a-0000-4000-8000-0000000000c1', 'number');
const BACKPACK = factor('0a0a0a0a-0000-4000-8000-0000000000c2', 'yes-no');
const FOCUS = factor('0a0a0a0a-0000-4000-8000-0000000000c3', 'rating');
const OLD = factor('0a0a0a0a-0000-4000-8000-0000000000c4', 'rating', {
  archivedAt: '2026-11-10T08:00:00.000Z',
});
const context = {
  today: '2026-11-21',
  waterUnit: 'litres' as const,
  ownFactors: [COFFEE, BACKPACK, FOCUS, OLD],
};
const empty = checkInDraftFor('2026-11-20', undefined, 'litres', null);

describe('the check-in draft with mood, energy and own factors', () => {
  it('keeps 0 as a value and a blank as not recorded', () => {
    const result = validateCheckInDraft(
      {
        ...empty,
        mood: '0',
        energy: '',
        ownValues: { [COFFEE.id]: '2.5', [BACKPACK.id]: '0', [FOCUS.id]: '' },
      },
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { mood: 0, energy: null, ownValues: { [COFFEE.id]: 2.5, [BACKPACK.id]: 0 } },
    });
  });

  it('refuses a value its factor’s kind cannot hold, with a message by that field', () => {
    const result = validateCheckInDraft(
      { ...empty, mood: '11', ownValues: { [BACKPACK.id]: '2', [FOCUS.id]: '7.5', [COFFEE.id]: 'lots' } },
      context,
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.mood).toBeDefined();
    expect(result.errors[ownValueErrorKey(BACKPACK.id)]).toMatch(/yes or no/);
    expect(result.errors[ownValueErrorKey(FOCUS.id)]).toMatch(/0 to 10|0 and 10|from 0/);
    expect(result.errors[ownValueErrorKey(COFFEE.id)]).toMatch(/cups/);
  });

  it('keeps an archived factor’s saved value on that day when the check-in is saved again', () => {
    const saved = checkIn('2026-11-20', { ownValues: { [OLD.id]: 6, [COFFEE.id]: 1 } });
    const draft = checkInDraftFor('2026-11-20', saved, 'litres', null);
    // The form shows only active factors; the person changes coffee and saves.
    const result = validateCheckInDraft(
      { ...draft, ownValues: { ...draft.ownValues, [COFFEE.id]: '3' } },
      context,
    );
    expect(result).toMatchObject({ ok: true, value: { ownValues: { [OLD.id]: 6, [COFFEE.id]: 3 } } });
  });

  it('keeps a value whose factor it has no definition for', () => {
    const orphan = '0a0a0a0a-0000-4000-8000-0000000000c9';
    const result = validateCheckInDraft({ ...empty, ownValues: { [orphan]: '4' } }, context);
    expect(result).toMatchObject({ ok: true, value: { ownValues: { [orphan]: 4 } } });
  });
});
