import { describe, expect, it } from 'vitest';
import { hourWeekdayHeatmap, type HeatCell } from '../../../../src/shared/trends';
import { AUCKLAND, deleted, episode, LONDON, NEW_YORK, TOKYO } from './helpers';

function cell(cells: readonly HeatCell[], weekday: number, hour: number): HeatCell | undefined {
  return cells.find((c) => c.weekday === weekday && c.hour === hour);
}

function busy(cells: readonly HeatCell[]): [number, number, number][] {
  return cells.filter((c) => c.episodes > 0).map((c) => [c.weekday, c.hour, c.episodes]);
}

describe('hourWeekdayHeatmap', () => {
  it('always has 168 cells, Monday first, weekday then hour', () => {
    const cells = hourWeekdayHeatmap([], { from: '2026-11-01', to: '2026-11-30' }, LONDON);
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual({ weekday: 0, hour: 0, episodes: 0, averageIntensity: null });
    expect(cells[25]).toMatchObject({ weekday: 1, hour: 1 });
    expect(cells[167]).toMatchObject({ weekday: 6, hour: 23 });
    expect(hourWeekdayHeatmap([], { from: '2026-11-02', to: '2026-11-01' }, LONDON)).toHaveLength(168);
  });

  it('counts episodes and averages their intensity per cell', () => {
    // Monday 2 November 2026, 14:05 and 14:55 GMT, and Tuesday 3 November at 08:00.
    const cells = hourWeekdayHeatmap(
      [
        episode('2026-11-02T14:05:00.000Z', 4),
        episode('2026-11-02T14:55:00.000Z', 7),
        episode('2026-11-03T08:00:00.000Z', 2),
        deleted('2026-11-02T14:30:00.000Z', 10),
        episode('2026-12-01T14:30:00.000Z', 10), // outside the range
      ],
      { from: '2026-11-01', to: '2026-11-30' },
      LONDON,
    );
    expect(cell(cells, 0, 14)).toEqual({ weekday: 0, hour: 14, episodes: 2, averageIntensity: 5.5 });
    expect(cell(cells, 1, 8)).toEqual({ weekday: 1, hour: 8, episodes: 1, averageIntensity: 2 });
    expect(cells.reduce((sum, c) => sum + c.episodes, 0)).toBe(3);
  });

  it('puts both 01:30s of the night the clocks go back in hour 1 (London, 25 October 2026)', () => {
    const cells = hourWeekdayHeatmap(
      [episode('2026-10-25T00:30:00.000Z', 4), episode('2026-10-25T01:30:00.000Z', 7)], // BST, then GMT
      { from: '2026-10-19', to: '2026-10-25' },
      LONDON,
    );
    expect(busy(cells)).toEqual([[6, 1, 2]]); // Sunday, hour 1
    expect(cell(cells, 6, 1)?.averageIntensity).toBe(5.5);
  });

  it('skips the missing hour the night the clocks go forward (London, 29 March 2026)', () => {
    const cells = hourWeekdayHeatmap(
      [episode('2026-03-29T00:30:00.000Z', 3), episode('2026-03-29T01:30:00.000Z', 3)], // 00:30 GMT, 02:30 BST
      { from: '2026-03-23', to: '2026-03-29' },
      LONDON,
    );
    expect(busy(cells)).toEqual([
      [6, 0, 1],
      [6, 2, 1],
    ]);
  });

  it('puts an episode at 23:30 local time in hour 23 of its local weekday', () => {
    const at = (startedAt: string, timeZone: string) =>
      busy(hourWeekdayHeatmap([episode(startedAt, 5)], { from: '2026-03-23', to: '2026-11-30' }, timeZone));
    // London: Saturday 28 March 23:30 GMT, the night before the clocks go forward.
    expect(at('2026-03-28T23:30:00.000Z', LONDON)).toEqual([[5, 23, 1]]);
    // New York: Sunday 1 November 23:30 EST (the clocks went back that morning).
    expect(at('2026-11-02T04:30:00.000Z', NEW_YORK)).toEqual([[6, 23, 1]]);
    // Tokyo: Tuesday 10 November 23:30 JST.
    expect(at('2026-11-10T14:30:00.000Z', TOKYO)).toEqual([[1, 23, 1]]);
  });

  it('follows Auckland across its April clock change', () => {
    const cells = hourWeekdayHeatmap(
      [
        episode('2026-04-04T10:30:00.000Z', 5), // Saturday 23:30 NZDT
        episode('2026-04-05T11:30:00.000Z', 5), // Sunday 23:30 NZST
        episode('2026-04-04T13:30:00.000Z', 5), // Sunday 02:30 NZDT, before the clocks go back at 03:00
        episode('2026-04-04T14:30:00.000Z', 5), // Sunday 02:30 NZST, after
      ],
      { from: '2026-04-04', to: '2026-04-05' },
      AUCKLAND,
    );
    expect(busy(cells)).toEqual([
      [5, 23, 1],
      [6, 2, 2],
      [6, 23, 1],
    ]);
  });
});
