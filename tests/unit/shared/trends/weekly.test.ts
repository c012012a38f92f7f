import { describe, expect, it } from 'vitest';
import { TRIGGER_KIND_IDS } from '../../../../src/shared/taxonomy';
import { episodesPerWeek, labelOfStackKind, TRIGGER_STACK_ORDER } from '../../../../src/shared/trends';
import { deleted, episode, LONDON, TOKYO, triggers } from './helpers';

const ZERO = {
  workout: 0,
  stress: 0,
  withdrawal: 0,
  posture: 0,
  dehydration: 0,
  'poor-sleep': 0,
  injury: 0,
  other: 0,
  none: 0,
};

describe('TRIGGER_STACK_ORDER', () => {
  it('lists the trigger kinds in catalog order, then none', () => {
    expect(TRIGGER_STACK_ORDER).toEqual([...TRIGGER_KIND_IDS, 'none']);
    expect(labelOfStackKind('none')).toBe('No trigger noted');
    expect(labelOfStackKind('stress')).toBe('Stress or anxiety');
  });
});

describe('episodesPerWeek', () => {
  // Wednesday 24 December 2025 to Thursday 8 January 2026; London is on GMT, so UTC times are local.
  const range = { from: '2025-12-24', to: '2026-01-08' };
  const episodes = [
    episode('2025-12-23T10:00:00.000Z', 5, triggers('stress')), // in the first week, before the range
    episode('2025-12-24T10:00:00.000Z', 5, triggers('stress', 'posture')),
    episode('2025-12-28T23:30:00.000Z', 5), // Sunday night: the first week
    episode('2025-12-29T00:30:00.000Z', 5, triggers('workout')), // Monday: the second week
    episode('2025-12-31T23:30:00.000Z', 5, triggers('poor-sleep')),
    episode('2026-01-01T00:10:00.000Z', 5, triggers('poor-sleep', 'stress')),
    deleted('2026-01-06T10:00:00.000Z', 5, triggers('injury')),
    episode('2026-01-08T22:00:00.000Z', 5, triggers('injury')),
    episode('2026-01-09T10:00:00.000Z', 5, triggers('injury')), // after the range
  ];

  it('gives one bar per Monday-to-Sunday week across the new year, counting each episode once', () => {
    expect(episodesPerWeek(episodes, range, LONDON)).toEqual([
      { weekStart: '2025-12-22', counts: { ...ZERO, stress: 1, none: 1 }, total: 2, daysInRange: 5 },
      { weekStart: '2025-12-29', counts: { ...ZERO, workout: 1, 'poor-sleep': 2 }, total: 3, daysInRange: 7 },
      { weekStart: '2026-01-05', counts: { ...ZERO, injury: 1 }, total: 1, daysInRange: 4 },
    ]);
  });

  it('has one full week for a Monday-to-Sunday range, and empty bars with no episodes', () => {
    expect(episodesPerWeek([], { from: '2026-11-02', to: '2026-11-08' }, LONDON)).toEqual([
      { weekStart: '2026-11-02', counts: ZERO, total: 0, daysInRange: 7 },
    ]);
    expect(episodesPerWeek([], { from: '2026-11-08', to: '2026-11-09' }, LONDON)).toEqual([
      { weekStart: '2026-11-02', counts: ZERO, total: 0, daysInRange: 1 },
      { weekStart: '2026-11-09', counts: ZERO, total: 0, daysInRange: 1 },
    ]);
    expect(episodesPerWeek([], { from: '2026-11-09', to: '2026-11-08' }, LONDON)).toEqual([]);
  });

  it('puts an episode in the week of its local day', () => {
    // 15:30 UTC on Sunday 8 November is 00:30 on Monday 9 November in Tokyo.
    const late = [episode('2026-11-08T15:30:00.000Z', 5)];
    const range2 = { from: '2026-11-02', to: '2026-11-15' };
    expect(episodesPerWeek(late, range2, TOKYO).map((bar) => bar.total)).toEqual([0, 1]);
    expect(episodesPerWeek(late, range2, LONDON).map((bar) => bar.total)).toEqual([1, 0]);
  });

  it('keeps weeks whole across the October clock change', () => {
    // 23:30 GMT on Sunday 25 October (a 25-hour day) is still that week's Sunday.
    const bars = episodesPerWeek(
      [episode('2026-10-25T23:30:00.000Z', 5), episode('2026-10-26T00:30:00.000Z', 5)],
      { from: '2026-10-19', to: '2026-11-01' },
      LONDON,
    );
    expect(bars.map((bar) => [bar.weekStart, bar.total])).toEqual([
      ['2026-10-19', 1],
      ['2026-10-26', 1],
    ]);
  });
});
