import { describe, expect, it } from 'vitest';
import { DESK_STRETCHES, suggestedStretch } from '../../../../src/shared/reminders/stretches';
import { REMEDIES } from '../../../../src/shared/taxonomy';

const HOUR = 3_600_000;
const T = Date.parse('2026-11-18T14:00:00.000Z');

describe('DESK_STRETCHES', () => {
  it.each(DESK_STRETCHES.map((id) => ({ id })))('$id is a stretch in the remedy catalog', ({ id }) => {
    expect(REMEDIES.find((remedy) => remedy.id === id)?.group).toBe('stretch');
  });

  it('holds each stretch once and leaves out the one done on hands and knees', () => {
    expect(new Set(DESK_STRETCHES).size).toBe(DESK_STRETCHES.length);
    expect(DESK_STRETCHES).not.toContain('cat-cow');
    expect(DESK_STRETCHES).toEqual([
      'shoulder-rolls',
      'neck-stretches',
      'thoracic-extension',
      'chest-opening-stretch',
    ]);
  });
});

describe('suggestedStretch', () => {
  it('keeps the same suggestion through an hour', () => {
    const first = suggestedStretch(new Date(T));
    expect(suggestedStretch(new Date(T + HOUR - 1)).id).toBe(first.id);
  });

  it('suggests a different stretch each hour, and every desk stretch within as many hours', () => {
    const ids = DESK_STRETCHES.map((_, hour) => suggestedStretch(new Date(T + hour * HOUR)).id);
    expect(new Set(ids)).toEqual(new Set(DESK_STRETCHES));
    for (let hour = 1; hour < 48; hour += 1) {
      const before = suggestedStretch(new Date(T + (hour - 1) * HOUR)).id;
      expect(suggestedStretch(new Date(T + hour * HOUR)).id).not.toBe(before);
    }
  });

  it('is deterministic, also before 1970 and for an invalid date', () => {
    expect(suggestedStretch(new Date(T)).id).toBe(suggestedStretch(new Date(T)).id);
    expect(DESK_STRETCHES).toContain(suggestedStretch(new Date(-5.5 * HOUR)).id);
    expect(suggestedStretch(new Date(Number.NaN)).id).toBe('shoulder-rolls');
  });
});
