import { describe, expect, it } from 'vitest';
import { buildReport, type ReportPain } from '../../../../src/shared/report';
import { checkIn } from '../../../fixtures/builders';
import { sectionOf, novemberJournal, novemberOptions } from '../../../fixtures/reportJournal';

/** Pain from check-ins only, over 1-6 November: thirds of 2 days, 1-2 and 5-6 November. */
function sixDays(first: [number, number], last: [number, number]): ReportPain {
  const checkIns = [
    checkIn('2026-11-01', { overallPain: first[0] }),
    checkIn('2026-11-02', { overallPain: first[1] }),
    checkIn('2026-11-05', { overallPain: last[0] }),
    checkIn('2026-11-06', { overallPain: last[1] }),
  ];
  return sectionOf(
    buildReport(
      { episodes: [], checkIns, measures: [], withdrawalPeriods: [] },
      novemberOptions({ range: { from: '2026-11-01', to: '2026-11-06' }, sections: ['pain'] }),
    ),
    'pain',
  );
}

describe('pain in the report', () => {
  const pain = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'pain');

  it('gives current, average, worst and least over the days with a rating', () => {
    // Daily average (check-in pain if recorded, else mean episode intensity), deleted episode ignored:
    // 1 Nov 4, 2 Nov 5 (check-in), 3 Nov 5, 4 Nov 3, 5 Nov 7, 10 Nov 8, 21 Nov 2, 22 Nov 2 (check-in),
    // 25 Nov 4, 29 Nov 1: 10 days, sum 41, average 4.1. Worst single rating 8 (10 Nov); least 1 (29 Nov).
    // Current: the latest rating by 30 Nov 20:00 is the 29 November check-in, 1.
    expect(pain.daysWithData).toBe(10);
    expect(pain.average).toBe(4.1);
    expect(pain.worst).toBe(8);
    expect(pain.least).toBe(1);
    expect(pain.current).toBe(1);
  });

  it('compares the first and last thirds of the range against the thresholds, in words', () => {
    // First third 1-10 Nov: 4, 5, 5, 3, 7, 8 → 32 / 6 = 5.333…; last third 21-30 Nov: 2, 2, 4, 1 → 9 / 4 = 2.25.
    // Change 2.25 - 5.333… = -3.083… points; as a share of 5.333…: -57.8125%.
    const change = pain.change;
    expect(change?.firstPart).toMatchObject({ from: '2026-11-01', to: '2026-11-10' });
    expect(change?.firstPart.average).toBeCloseTo(16 / 3, 9);
    expect(change?.lastPart).toEqual({ from: '2026-11-21', to: '2026-11-30', average: 2.25 });
    expect(change?.points).toBeCloseTo(-3.0833333, 6);
    expect(change?.percent).toBeCloseTo(-57.8125, 6);
    expect(change?.direction).toBe('better');
    expect(change?.passesChronicPainThreshold).toBe(true);
    expect(change?.passesNeckPainThreshold).toBe(true);
    expect(pain.changeWords).toBe(
      'Average pain went from 5.3 (1 to 10 November 2026, 6 rated days) to 2.3 (21 to 30 November 2026, 4 rated days): 3.1 points lower (58%). ' +
        'That meets the 2 points or 30% usually counted as a meaningful change in longer-lasting pain.',
    );
  });

  it('has a point for every day of the range, null on days without a rating', () => {
    expect(pain.daily).toHaveLength(30);
    expect(pain.daily[0]).toEqual({ day: '2026-11-01', worst: 4, average: 4 });
    // 22 November: episode 3 and check-in 2 → worst 3, average the check-in's 2.
    expect(pain.daily.find((d) => d.day === '2026-11-22')).toEqual({
      day: '2026-11-22',
      worst: 3,
      average: 2,
    });
    // 12 November has only the deleted episode.
    expect(pain.daily.find((d) => d.day === '2026-11-12')).toEqual({
      day: '2026-11-12',
      worst: null,
      average: null,
    });
    expect(pain.daily[29]?.day).toBe('2026-11-30');
  });

  it('says when a change passes the neck-pain threshold only', () => {
    // 6 → 4.5: 1.5 points (25%): at least 1.3, but under 2 points and 30%.
    const { change, changeWords } = sixDays([6, 6], [5, 4]);
    expect(change?.passesNeckPainThreshold).toBe(true);
    expect(change?.passesChronicPainThreshold).toBe(false);
    expect(changeWords).toBe(
      'Average pain went from 6 (1 to 2 November 2026, 2 rated days) to 4.5 (5 to 6 November 2026, 2 rated days): 1.5 points lower (25%). ' +
        'That meets the 1.3 points counted as meaningful in neck pain, but not the 2 points or 30% used for longer-lasting pain.',
    );
  });

  it('says when a change is smaller than both thresholds', () => {
    // 4 → 3: 1 point, 25%.
    expect(sixDays([4, 4], [3, 3]).changeWords).toBe(
      'Average pain went from 4 (1 to 2 November 2026, 2 rated days) to 3 (5 to 6 November 2026, 2 rated days): 1 point lower (25%). ' +
        'That is less than the changes usually counted as meaningful (1.3 points in neck pain; 2 points or 30% in longer-lasting pain).',
    );
  });

  it('says when pain went up, and when it stayed the same', () => {
    // 2 → 4.5: 2.5 points higher, 125%.
    expect(sixDays([2, 2], [4, 5]).changeWords).toMatch(
      /^Average pain went from 2 .* to 4\.5 .*: 2\.5 points higher \(125%\)\. That meets the 2 points/,
    );
    expect(sixDays([3, 3], [3, 3]).changeWords).toBe(
      'Average pain was about the same at the start of this period, 3 (1 to 2 November 2026, 2 rated days), as at the end, 3 (5 to 6 November 2026, 2 rated days).',
    );
  });

  it('says why there is no comparison when too few days have a rating', () => {
    const journal = {
      episodes: [],
      checkIns: [checkIn('2026-11-01', { overallPain: 5 })],
      measures: [],
      withdrawalPeriods: [],
    };
    const few = sectionOf(buildReport(journal, novemberOptions({ sections: ['pain'] })), 'pain');
    expect(few.change).toBeNull();
    expect(few.changeWords).toMatch(/^Too few days with a pain rating to compare/);
    const none = sectionOf(
      buildReport({ ...journal, checkIns: [] }, novemberOptions({ sections: ['pain'] })),
      'pain',
    );
    expect(none).toMatchObject({ current: null, average: null, worst: null, least: null, daysWithData: 0 });
    expect(none.changeWords).toBe('No pain ratings were recorded in this period.');
  });

  it('never explains the change', () => {
    for (const words of [pain.changeWords, sixDays([2, 2], [4, 5]).changeWords])
      expect(words).not.toMatch(/caus|because|due to|diagnos/i);
  });
});
