import { describe, expect, it } from 'vitest';
import { buildReport, type ReportPain } from '../../../../src/shared/report';
import {
  MIN_RATED_DAYS_FOR_FIRM_CHANGE,
  currentPainLabel,
  describeReportPainChange,
} from '../../../../src/shared/report/pain';
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
        'That meets the 2 points or 30% usually counted as a meaningful change in longer-lasting pain, but with only 4 rated days in the later part, this may not hold.',
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
        'That meets the 1.3 points counted as meaningful in neck pain (not the 2 points or 30% used for longer-lasting pain), but with only 2 rated days in each part, this may not hold.',
    );
  });

  it('flags a meaningful change as fragile only when a part has fewer than 5 rated days', () => {
    const change = sixDays([6, 6], [3, 3]).change;
    expect(MIN_RATED_DAYS_FOR_FIRM_CHANGE).toBe(5);
    expect(describeReportPainChange(change, 20, { first: 5, last: 5 })).toMatch(/longer-lasting pain\.$/);
    expect(describeReportPainChange(change, 20, { first: 3, last: 7 })).toMatch(
      /longer-lasting pain, but with only 3 rated days in the earlier part, this may not hold\.$/,
    );
    expect(describeReportPainChange(change, 20, { first: 1, last: 4 })).toMatch(
      /but with only 1 rated day in the earlier part and 4 rated days in the later part, this may not hold\.$/,
    );
    // A change under the thresholds is not called meaningful, so there is nothing to qualify.
    expect(describeReportPainChange(sixDays([4, 4], [3, 3]).change, 4, { first: 2, last: 2 })).not.toContain(
      'may not hold',
    );
  });

  it('calls the latest rating "Now" only when it is from the day the report is made', () => {
    // The November journal's report is made on 30 November; its latest rating is from 29 November.
    expect(pain.currentDay).toBe('2026-11-29');
    expect(pain.currentLabel).toBe('Latest (29 November)');
    expect(currentPainLabel('2026-12-03', '2026-12-03')).toBe('Now');
    expect(currentPainLabel('2026-03-24', '2026-12-03')).toBe('Latest (24 March)');
    expect(currentPainLabel('2025-12-30', '2026-01-02')).toBe('Latest (30 December 2025)');
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
