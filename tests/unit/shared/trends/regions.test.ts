import { describe, expect, it } from 'vitest';
import { BODY_REGION_IDS } from '../../../../src/shared/taxonomy';
import { maxRegionEpisodes, regionStats, shadeLevel, type RegionStat } from '../../../../src/shared/trends';
import { deleted, episode, LONDON, TOKYO } from './helpers';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('regionStats', () => {
  const episodes = [
    episode('2026-11-02T10:00:00.000Z', 6, { regions: ['neck', 'between-shoulder-blades'] }),
    episode('2026-11-03T10:00:00.000Z', 8, { regions: ['neck'] }),
    episode('2026-11-04T10:00:00.000Z', 3, { regions: ['neck'] }),
    episode('2026-11-05T10:00:00.000Z', 9, { regions: ['between-shoulder-blades'] }),
    episode('2026-11-06T10:00:00.000Z', 5), // no region marked
    deleted('2026-11-07T10:00:00.000Z', 2, { regions: ['chest'] }),
    episode('2026-12-01T10:00:00.000Z', 7, { regions: ['thoracic-spine'] }),
  ];
  const stats = regionStats(episodes, NOVEMBER, LONDON);

  it('has one entry per region in catalog order', () => {
    expect(stats.map((s) => s.region)).toEqual([...BODY_REGION_IDS]);
  });

  it('counts, averages and takes the worst per region, an episode counting in each region it marks', () => {
    const neck = stats.find((s) => s.region === 'neck');
    expect(neck?.episodes).toBe(3);
    expect(neck?.averageIntensity).toBeCloseTo(17 / 3, 9); // (6 + 8 + 3) / 3
    expect(neck?.worst).toBe(8);
    expect(stats.find((s) => s.region === 'between-shoulder-blades')).toEqual({
      region: 'between-shoulder-blades',
      episodes: 2,
      averageIntensity: 7.5,
      worst: 9,
    });
  });

  it('leaves regions without episodes at zero, ignoring deleted ones and those outside the range', () => {
    for (const region of ['chest', 'thoracic-spine'])
      expect(stats.find((s) => s.region === region)).toEqual({
        region,
        episodes: 0,
        averageIntensity: null,
        worst: null,
      });
    expect(maxRegionEpisodes(stats)).toBe(3);
    expect(maxRegionEpisodes(regionStats([], NOVEMBER, LONDON))).toBe(0);
  });

  it('uses the local day at the edges of the range', () => {
    // 16:00 UTC on 30 November is 01:00 on 1 December in Tokyo.
    const late = [episode('2026-11-30T16:00:00.000Z', 4, { regions: ['chest'] })];
    expect(regionStats(late, NOVEMBER, LONDON).find((s) => s.region === 'chest')?.episodes).toBe(1);
    expect(regionStats(late, NOVEMBER, TOKYO).find((s) => s.region === 'chest')?.episodes).toBe(0);
  });
});

function stat(episodes: number, averageIntensity: number | null): RegionStat {
  return { region: 'neck', episodes, averageIntensity, worst: averageIntensity };
}

describe('shadeLevel', () => {
  it('is 0 with no episodes', () => {
    expect(shadeLevel(stat(0, null), 8)).toBe(0);
    expect(shadeLevel(stat(0, null), 0)).toBe(0);
  });

  it('sets the shade by quarters of the busiest region for moderate pain (5 to 6.9)', () => {
    // 8 at most: 1-2 episodes (up to 25%) are 1, 3-4 are 2, 5-6 are 3, 7-8 are 4.
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => shadeLevel(stat(n, 5), 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(shadeLevel(stat(1, 6.9), 1)).toBe(4);
  });

  it('lightens mild pain (below 5) by one step, never below 1', () => {
    expect([1, 3, 5, 8].map((n) => shadeLevel(stat(n, 4.9), 8))).toEqual([1, 1, 2, 3]);
    expect(shadeLevel(stat(8, 0), 8)).toBe(3);
  });

  it('darkens severe pain (7 or more) by one step, never above 4', () => {
    expect([1, 3, 5, 8].map((n) => shadeLevel(stat(n, 7), 8))).toEqual([2, 3, 4, 4]);
  });

  it('shades the example above: the busiest region 4, a less frequent but severe one 4 too', () => {
    const stats = regionStats(
      [
        episode('2026-11-02T10:00:00.000Z', 6, { regions: ['neck', 'chest'] }),
        episode('2026-11-03T10:00:00.000Z', 8, { regions: ['neck'] }),
        episode('2026-11-04T10:00:00.000Z', 3, { regions: ['neck'] }),
        episode('2026-11-05T10:00:00.000Z', 9, { regions: ['chest'] }),
      ],
      NOVEMBER,
      LONDON,
    );
    const max = maxRegionEpisodes(stats);
    // Neck: 3 of 3 (level 4), average 5.7. Chest: 2 of 3 (level 3), average 7.5, so one darker.
    expect(stats.map((s) => shadeLevel(s, max)).filter((level) => level > 0)).toEqual([4, 4]);
  });

  it('treats a count above the given maximum as the maximum', () => {
    expect(shadeLevel(stat(12, 5), 8)).toBe(4);
  });
});
