import { describe, expect, it } from 'vitest';
import { isMeasureDue, nextDueDay } from '../../../../src/shared/scoring';

describe('isMeasureDue', () => {
  it('is due when never taken', () => {
    expect(isMeasureDue(null, '2026-11-21')).toBe(true);
  });

  it('is due 7 days after the last one, not 6', () => {
    expect(isMeasureDue('2026-11-14', '2026-11-21')).toBe(true);
    expect(isMeasureDue('2026-11-15', '2026-11-21')).toBe(false);
    expect(isMeasureDue('2026-11-21', '2026-11-21')).toBe(false);
    expect(isMeasureDue('2026-10-01', '2026-11-21')).toBe(true);
  });

  it('counts the week across the clocks going forward and back', () => {
    expect(isMeasureDue('2026-03-23', '2026-03-30')).toBe(true);
    expect(isMeasureDue('2026-03-24', '2026-03-30')).toBe(false);
    expect(isMeasureDue('2026-10-19', '2026-10-26')).toBe(true);
    expect(isMeasureDue('2026-10-20', '2026-10-26')).toBe(false);
  });
});

describe('nextDueDay', () => {
  it('is today when never taken, due today, or overdue', () => {
    expect(nextDueDay(null, '2026-11-21')).toBe('2026-11-21');
    expect(nextDueDay('2026-11-14', '2026-11-21')).toBe('2026-11-21');
    expect(nextDueDay('2026-11-01', '2026-11-21')).toBe('2026-11-21');
  });

  it('is a week after the last one while that is still ahead', () => {
    expect(nextDueDay('2026-11-15', '2026-11-21')).toBe('2026-11-22');
    expect(nextDueDay('2026-11-21', '2026-11-21')).toBe('2026-11-28');
    expect(nextDueDay('2026-03-25', '2026-03-27')).toBe('2026-04-01');
  });
});
