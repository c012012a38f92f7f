import { describe, expect, it } from 'vitest';
import { countTicks, labelledIndices, nearestSlot } from '../../../src/shared/chartLayout';

describe('labelledIndices', () => {
  it('labels every point when they all fit', () => {
    expect(labelledIndices(7, 700, 60)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('spaces labels so they stay apart: 365 days on 700 px with 70 px apart is every 37th day', () => {
    // 700 / 70 = 10 labels fit; ceil(365 / 10) = 37.
    const indices = labelledIndices(365, 700, 70);
    expect(indices.slice(0, 3)).toEqual([0, 37, 74]);
    expect(indices).toHaveLength(10);
  });

  it('is empty with no points and still labels the first on a very narrow axis', () => {
    expect(labelledIndices(0, 500, 60)).toEqual([]);
    expect(labelledIndices(30, 10, 60)).toEqual([0]);
  });
});

describe('countTicks', () => {
  it('counts in ones for small numbers', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('uses steps of 2, 5, 10 … so there are at most five intervals and the top covers the maximum', () => {
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(140)).toEqual([0, 50, 100, 150]);
  });

  it('rounds a fractional maximum up', () => {
    expect(countTicks(2.2)).toEqual([0, 1, 2, 3]);
  });
});

describe('nearestSlot', () => {
  it('finds the slot under the pointer and clamps outside the plot', () => {
    // 10 slots of 50 px from x = 40.
    expect(nearestSlot(40, 40, 500, 10)).toBe(0);
    expect(nearestSlot(139, 40, 500, 10)).toBe(1);
    expect(nearestSlot(-5, 40, 500, 10)).toBe(0);
    expect(nearestSlot(900, 40, 500, 10)).toBe(9);
    expect(nearestSlot(100, 40, 500, 0)).toBe(-1);
  });
});
