import { describe, expect, it } from 'vitest';
import { formatPercent, formatScore, formatScoreChange } from '../../../src/shared/measureText';

describe('score formatting', () => {
  it('shows one decimal at most, and none for whole numbers', () => {
    expect(formatScore(5)).toBe('5');
    expect(formatScore(13 / 3)).toBe('4.3');
    expect(formatScore(2.05)).toBe('2.1');
  });

  it('signs a change: up with "+", down with "-", no change bare', () => {
    expect(formatScoreChange(2)).toBe('+2');
    expect(formatScoreChange(-1.54)).toBe('-1.5');
    expect(formatScoreChange(0)).toBe('0');
  });

  it('rounds a percentage to a whole number', () => {
    expect(formatPercent(33.33)).toBe('33%');
    expect(formatPercent(20)).toBe('20%');
    expect(formatPercent(-57.8)).toBe('-58%');
  });
});
