import { describe, expect, it } from 'vitest';
import { rovingIndex } from '@shared/rovingFocus';

describe('moving along a row of choices', () => {
  it('steps with the arrow keys and goes round at the ends', () => {
    expect(rovingIndex('ArrowRight', 0, 4)).toBe(1);
    expect(rovingIndex('ArrowDown', 2, 4)).toBe(3);
    expect(rovingIndex('ArrowRight', 3, 4)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 4)).toBe(3);
    expect(rovingIndex('ArrowUp', 2, 4)).toBe(1);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingIndex('Home', 2, 4)).toBe(0);
    expect(rovingIndex('End', 1, 4)).toBe(3);
  });

  it('ignores other keys, and a row with nothing in it', () => {
    expect(rovingIndex(' ', 1, 4)).toBeNull();
    expect(rovingIndex('Tab', 1, 4)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
