import { describe, expect, it } from 'vitest';
import { TEN_WINDOW_MS, intensityFromKey } from '../../../src/shared/intensityKeys';

describe('intensityFromKey', () => {
  it('chooses the number typed', () => {
    expect(intensityFromKey('7', 1000, null)).toBe(7);
    expect(intensityFromKey('0', 1000, null)).toBe(0);
  });

  it('reads 1 then 0 typed quickly as 10', () => {
    expect(intensityFromKey('0', 1500, { key: '1', at: 1000 })).toBe(10);
  });

  it('reads 1 then 0 typed slowly as 0', () => {
    expect(intensityFromKey('0', 1000 + TEN_WINDOW_MS + 1, { key: '1', at: 1000 })).toBe(0);
  });

  it('ignores keys that are not digits', () => {
    expect(intensityFromKey('a', 0, null)).toBeNull();
    expect(intensityFromKey('Enter', 0, null)).toBeNull();
    expect(intensityFromKey('10', 0, null)).toBeNull();
  });
});
