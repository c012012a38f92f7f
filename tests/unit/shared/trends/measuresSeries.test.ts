import { describe, expect, it } from 'vitest';
import { analyzeRemedies } from '../../../../src/shared/analysis/remedies';
import type { Peg3Measure, PsfsMeasure } from '../../../../src/shared/measures';
import { meaningfulBand, peg3Series, psfsSeries, remediesInRange } from '../../../../src/shared/trends';
import { deleted, episode, LONDON, remedy, TOKYO } from './helpers';

function psfs(day: string, scores: number[], takenAt = `${day}T10:00:00.000Z`): PsfsMeasure {
  return {
    id: `psfs-${takenAt}`,
    kind: 'psfs',
    day,
    takenAt,
    ratings: scores.map((score, i) => ({ activityId: `a${i}`, score })),
  };
}

function peg3(day: string, pain: number, enjoyment: number, activity: number): Peg3Measure {
  return { id: `peg3-${day}`, kind: 'peg3', day, takenAt: `${day}T10:00:00.000Z`, pain, enjoyment, activity };
}

const measures = [
  psfs('2026-11-08', [4, 5, 4]),
  peg3('2026-11-09', 4, 3, 2),
  psfs('2026-11-01', [2, 3, 4], '2026-11-01T18:00:00.000Z'),
  peg3('2026-11-02', 6, 5, 7),
  psfs('2026-11-01', [1, 1, 1, 1], '2026-11-01T09:00:00.000Z'),
];

describe('psfsSeries and peg3Series', () => {
  it('scores PSFS as the mean rating, in order of day then time taken', () => {
    const series = psfsSeries(measures);
    expect(series.map((p) => [p.day, p.takenAt.slice(11, 16)])).toEqual([
      ['2026-11-01', '09:00'],
      ['2026-11-01', '18:00'],
      ['2026-11-08', '10:00'],
    ]);
    expect(series[0]?.score).toBe(1);
    expect(series[1]?.score).toBe(3); // (2 + 3 + 4) / 3
    expect(series[2]?.score).toBeCloseTo(13 / 3, 9); // (4 + 5 + 4) / 3
  });

  it('scores PEG-3 as the mean of its three ratings, in day order', () => {
    expect(peg3Series(measures).map((p) => [p.day, p.score])).toEqual([
      ['2026-11-02', 6], // (6 + 5 + 7) / 3
      ['2026-11-09', 3], // (4 + 3 + 2) / 3
    ]);
  });

  it('is empty with no measures of the kind', () => {
    expect(psfsSeries([])).toEqual([]);
    expect(peg3Series([psfs('2026-11-01', [5])])).toEqual([]);
  });
});

describe('meaningfulBand', () => {
  it('is the first score plus and minus the threshold', () => {
    expect(meaningfulBand([{ score: 13 / 3 }, { score: 8 }], 2)).toEqual({
      low: 2.333333333,
      high: 6.333333333,
    });
    expect(meaningfulBand(peg3Series(measures), 1.5)).toEqual({ low: 4.5, high: 7.5 });
  });

  it('stays on the 0-10 scale', () => {
    expect(meaningfulBand(psfsSeries(measures), 2)).toEqual({ low: 0, high: 3 }); // baseline 1
    expect(meaningfulBand([{ score: 9 }], 2)).toEqual({ low: 7, high: 10 });
  });

  it('is null with no scores', () => {
    expect(meaningfulBand([], 2)).toBeNull();
  });
});

describe('remediesInRange', () => {
  const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
  const heat = (day: number, before: number, after: number) =>
    episode(`2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`, before, {
      remedies: [remedy('heat', before, after)],
    });
  const episodes = [
    heat(2, 6, 4),
    heat(3, 7, 4),
    heat(4, 5, 4),
    heat(5, 6, 4),
    heat(6, 8, 6),
    episode('2026-11-07T10:00:00.000Z', 5, { remedies: [remedy('cold', 5, 3)] }),
    episode('2026-10-31T10:00:00.000Z', 9, { remedies: [remedy('heat', 9, 1)] }), // before November
    deleted('2026-11-08T10:00:00.000Z', 9, { remedies: [remedy('heat', 9, 1)] }),
  ];

  it('analyses only the episodes that started in the range', () => {
    const reliefs = remediesInRange(episodes, NOVEMBER, LONDON);
    // Heat: reliefs 2, 3, 1, 2, 2 (not the 8 from October, nor the deleted episode's 8).
    expect(reliefs.map((r) => [r.remedy, r.uses, r.logged, r.mean, r.median])).toEqual([
      ['heat', 5, 5, 2, 2],
      ['cold', 1, 1, null, null],
    ]);
    expect(reliefs[1]?.moreUsesNeeded).toBe(4);
    expect(reliefs).toEqual(analyzeRemedies(episodes.slice(0, 6)));
  });

  it('uses the local start day, and is empty with nothing in the range', () => {
    // 15:30 UTC on 31 October is 00:30 on 1 November in Tokyo.
    const late = [episode('2026-10-31T15:30:00.000Z', 5, { remedies: [remedy('cold', 5, 3)] })];
    expect(remediesInRange(late, NOVEMBER, TOKYO).map((r) => r.remedy)).toEqual(['cold']);
    expect(remediesInRange(late, NOVEMBER, LONDON)).toEqual([]);
  });
});
