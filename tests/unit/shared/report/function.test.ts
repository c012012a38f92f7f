import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report';
import {
  sectionOf,
  novemberJournal,
  novemberOptions,
  peg3Measure,
  psfsMeasure,
} from '../../../fixtures/reportJournal';

describe('function (PSFS and PEG-3) in the report', () => {
  const { psfs, peg3 } = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'function');

  it('compares the latest PSFS by the end of the range with the first ever, against 2 points', () => {
    // Baseline 1 Oct: (2 + 3 + 4) / 3 = 3. Latest by 30 Nov is 26 Nov: (6 + 4 + 6) / 3 = 5.333…;
    // the 3 December rating comes after the range and is left out. Change 2.333… ≥ 2: meaningful.
    expect(psfs.baseline).toEqual({ day: '2026-10-01', score: 3 });
    expect(psfs.latest?.day).toBe('2026-11-26');
    expect(psfs.latest?.score).toBeCloseTo(16 / 3, 9);
    expect(psfs.change).toBeCloseTo(7 / 3, 9);
    // Three ratings by 30 November, 1 October to 26 November: 30 + 26 = 56 days.
    expect(psfs.verdict).toMatchObject({
      verdict: 'meaningful-improvement',
      threshold: 2,
      entries: 3,
      days: 56,
    });
    expect(psfs.words).toBe(
      'PSFS: 3 on 1 October 2026 (first rating) and 5.3 on 26 November 2026 (latest), 3 ratings over 56 days: ' +
        '2.3 points better, at least the 2-point change that usually matters to people.',
    );
  });

  it('shows each activity’s change against 3 points, named as the person wrote it', () => {
    // lift 2 → 6 (+4, meaningful), sit 3 → 4 (+1), sleep 4 → 6 (+2).
    expect(psfs.activityThreshold).toBe(3);
    expect(psfs.activities).toEqual([
      {
        activityId: 'lift',
        name: 'Lifting my daughter',
        baseline: 2,
        latest: 6,
        change: 4,
        verdict: 'meaningful-improvement',
      },
      {
        activityId: 'sit',
        name: 'Sitting at work',
        baseline: 3,
        latest: 4,
        change: 1,
        verdict: 'usual-ups-and-downs',
      },
      {
        activityId: 'sleep',
        name: 'Sleeping on my side',
        baseline: 4,
        latest: 6,
        change: 2,
        verdict: 'usual-ups-and-downs',
      },
    ]);
  });

  it('charts only the ratings taken within the range', () => {
    expect(psfs.series.map((p) => p.day)).toEqual(['2026-11-05', '2026-11-26']);
    expect(psfs.series[0]?.score).toBe(4);
    expect(peg3.series).toEqual([
      { day: '2026-11-02', score: 6 },
      { day: '2026-11-23', score: 4 },
    ]);
  });

  it('judges the PEG-3 change against 2 points, lower being better', () => {
    // 2 Nov (6 + 5 + 7) / 3 = 6; 23 Nov (4 + 3 + 5) / 3 = 4. Change -2, exactly the threshold.
    expect(peg3).toMatchObject({
      name: 'PEG-3',
      baseline: { day: '2026-11-02', score: 6 },
      latest: { day: '2026-11-23', score: 4 },
      change: -2,
    });
    expect(peg3.verdict).toMatchObject({ verdict: 'meaningful-improvement', betterWhen: 'lower', days: 21 });
    expect(peg3.verdict.percentChange).toBeCloseTo(-100 / 3, 6);
    expect(peg3.words).toBe(
      'PEG-3: 6 on 2 November 2026 (first rating) and 4 on 23 November 2026 (latest), 2 ratings over 21 days: ' +
        '2 points better, at least the 2-point change that usually matters to people.',
    );
  });

  it('says when nothing or only one rating was recorded', () => {
    const journal = { episodes: [], checkIns: [], measures: [], withdrawalPeriods: [] };
    const none = sectionOf(buildReport(journal, novemberOptions()), 'function');
    expect(none.psfs).toMatchObject({
      baseline: null,
      latest: null,
      change: null,
      series: [],
    });
    expect(none.psfs.words).toBe('No PSFS ratings recorded by 30 November 2026.');
    expect(none.peg3.words).toBe('No PEG-3 ratings recorded by 30 November 2026.');

    const one = sectionOf(
      buildReport({ ...journal, measures: [peg3Measure('p', '2026-11-10', 5, 6, 7)] }, novemberOptions()),
      'function',
    );
    expect(one.peg3).toMatchObject({
      baseline: { score: 6 },
      latest: { score: 6 },
      change: null,
    });
    expect(one.peg3.verdict.verdict).toBe('not-enough-ratings');
    expect(one.peg3.words).toBe(
      'One PEG-3 rating so far: 6 on 10 November 2026. Rate it again in a week to see whether it changes.',
    );
  });

  it('reads a worse PSFS and one within the threshold plainly', () => {
    const journal = {
      episodes: [],
      checkIns: [],
      withdrawalPeriods: [],
      measures: [
        psfsMeasure('a', '2026-11-02', { x: 6, y: 6, z: 6 }),
        psfsMeasure('b', '2026-11-20', { x: 5, y: 5, z: 5 }),
      ],
    };
    const { psfs: worse } = sectionOf(buildReport(journal, novemberOptions()), 'function');
    // 6 → 5: 1 point worse, under 2.
    expect(worse).toMatchObject({ change: -1, verdict: { verdict: 'usual-ups-and-downs' } });
    expect(worse.words).toBe(
      'PSFS: 6 on 2 November 2026 (first rating) and 5 on 20 November 2026 (latest), 2 ratings over 18 days: ' +
        '1 point worse, less than the 2-point change that usually matters to people, so within the usual ups and downs.',
    );
    // No names known for the activities: null rather than an id shown as a name.
    expect(worse.activities[0]?.name).toBeNull();
  });
});
