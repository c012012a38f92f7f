import { describe, expect, it } from 'vitest';
import {
  buildReport,
  factorLines,
  helpedLines,
  helpedNoneSentence,
  measureFigure,
  pageOne,
  patternFigures,
  regionShares,
  reportChartEvents,
  type ReportFactors,
  type ReportRemedies,
} from '../../../../src/shared/report';
import { novemberJournal, novemberOptions, sectionOf } from '../../../fixtures/reportJournal';

const report = buildReport(novemberJournal(), novemberOptions());

describe('page one of the report', () => {
  it('gives each region its share of the episodes, most often first', () => {
    // 6 episodes in November: between the shoulder blades in e1, e2, e3, e5 (4 of 6); neck e1, e6 (2);
    // left arm e3, mid back e4, right arm e5 (1 each). Shares are of episodes, so they add up past 100%.
    const shares = regionShares(sectionOf(report, 'pattern'));
    expect(shares.map((s) => [s.region, s.episodes, s.words])).toEqual([
      ['between-shoulder-blades', 4, '4 of 6 (67%)'],
      ['neck', 2, '2 of 6 (33%)'],
      ['thoracic-spine', 1, '1 of 6 (17%)'],
      ['arm-left', 1, '1 of 6 (17%)'],
      ['arm-right', 1, '1 of 6 (17%)'],
    ]);
    expect(shares[0]?.share).toBeCloseTo(4 / 6, 9);
    expect(regionShares({ episodes: 0, regions: [] })).toEqual([]);
  });

  it('sums up the pattern from known ends only, with the busiest time of day and the arms', () => {
    // Days with an episode: 2, 3, 5, 10, 22, 25 November; 6 in 30 days is 1.4 a week.
    // Known lengths 20, 45, 60, 90, 180 min (e5 has no end): median 1 h, middle half 45 min to 1 h 30 min.
    // Starts: 02:00 night; 07:30, 10:00 morning; 13:00, 16:00 afternoon; 19:00 evening.
    expect(patternFigures(sectionOf(report, 'pattern'), 30)).toEqual([
      ['How often', '6 episodes on 6 of 30 days (about 1.4 a week)'],
      ['How long', '1 h (middle half 45 min to 1 h 30 min, from the 5 of 6 episodes with an end recorded)'],
      ['When they start', 'most often Morning (06:00 to 12:00) and Afternoon (12:00 to 18:00): 2 of 6'],
      ['How it felt', 'Dull ache 4; Stiff or tight 2; Sharp or stabbing 1'],
      ['Spreading to the arms', '2 of 6 episodes (33%)'],
    ]);
  });

  it('says there were no episodes rather than inventing a pattern', () => {
    const empty = buildReport(
      { episodes: [], checkIns: [], measures: [], withdrawalPeriods: [] },
      novemberOptions(),
    );
    expect(patternFigures(sectionOf(empty, 'pattern'), 30)).toEqual([['Episodes', 'none in 30 days']]);
  });

  it('lists only the factors the analysis supports, in the Insights sentence', () => {
    const supported = {
      status: 'ok',
      basedOnDays: 40,
      minDaysEach: 8,
      contributing: [
        {
          id: 'workout',
          tierLabel: 'Likely contributing factor',
          sentence: 'Pain was about 2 points higher (95% range 1 to 3) on days after a workout.',
        },
      ],
      easing: [{ id: 'sleep', tierLabel: 'Possible easing factor', sentence: 'Pain was lower.' }],
      caveat: '',
    } as unknown as ReportFactors;
    expect(factorLines(supported)).toEqual([
      {
        label: 'Likely contributing factor',
        sentence: 'Pain was about 2 points higher (95% range 1 to 3) on days after a workout.',
      },
      { label: 'Possible easing factor', sentence: 'Pain was lower.' },
    ]);
    // November's few check-ins support nothing: nothing is listed, and page one says why.
    const page = pageOne(report);
    expect(page.factors?.lines).toEqual([]);
    expect(page.factors?.none).toMatch(/^Not enough data yet to say: the journal has \d+ days of check-ins/);
  });

  it('lists what helped only where the relief is summarised, in the Insights sentence', () => {
    const remedies = {
      remedies: [
        {
          label: 'Heat',
          meanRelief: 2.5,
          sentence: 'Heat: pain was on average 2.5 points lower afterwards.',
        },
        { label: 'Rest', meanRelief: null, sentence: 'Rest: used twice.' },
      ],
      minRatedUses: 3,
    } as unknown as ReportRemedies;
    expect(helpedLines(remedies)).toEqual([
      { label: 'Heat', sentence: 'Heat: pain was on average 2.5 points lower afterwards.' },
    ]);
    expect(helpedNoneSentence(remedies)).toBeNull();
    // November: heat rated twice, fewer than the 5 counted uses needed.
    expect(pageOne(report).helped).toEqual({
      lines: [],
      none: 'Nothing tried has enough uses rated before and after yet to say how much it helped (5 counted uses are needed); the uses so far are listed in the details.',
    });
  });

  it('gives PSFS and PEG-3 against their baseline with the shared verdict', () => {
    // PSFS baseline 1 Oct: (2 + 3 + 4) / 3 = 3; latest by 30 Nov (26 Nov): (6 + 4 + 6) / 3 = 5.333… → +2.3.
    // PEG-3 first 2 Nov: (6 + 5 + 7) / 3 = 6; latest 23 Nov: (4 + 3 + 5) / 3 = 4 → -2.
    const measures = pageOne(report).measures;
    expect(measures?.map((m) => [m.name, m.figure])).toEqual([
      ['PSFS', '3 → 5.3 (+2.3)'],
      ['PEG-3', '6 → 4 (-2)'],
    ]);
    const fn = sectionOf(report, 'function');
    expect(measures?.[0]?.verdict).toBe(fn.psfs.verdict.sentence);
    expect(measures?.[1]?.verdict).toBe(fn.peg3.verdict.sentence);
    expect(measureFigure({ ...fn.peg3, baseline: null, latest: null, change: null })).toBe('not rated');
  });

  it('leaves out the parts of sections the person did not include', () => {
    const few = pageOne(buildReport(novemberJournal(), novemberOptions({ sections: ['pain'] })));
    expect(few).toEqual({ regions: [], pattern: null, factors: null, helped: null, measures: null });
  });
});

describe('markers on the report pain chart', () => {
  it('marks withdrawal starts and ends and warning-sign days inside the range, labelled', () => {
    // Nicotine stopped 15 Nov; alcohol's period ended 8 Nov (started 20 Oct, before the range); caffeine's
    // period was all in September. Warning signs on 5 and 10 November (the deleted episode's counts nowhere).
    expect(sectionOf(report, 'pain').events).toEqual([
      { day: '2026-11-05', kind: 'warning-sign', label: 'Warning sign' },
      { day: '2026-11-08', kind: 'withdrawal-end', label: 'Alcohol period ended' },
      { day: '2026-11-10', kind: 'warning-sign', label: 'Warning sign' },
      { day: '2026-11-15', kind: 'withdrawal-start', label: 'Stopped nicotine or tobacco' },
    ]);
  });

  it('names the substance, or just "a substance" for another one', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(
      reportChartEvents(
        [
          { substance: 'caffeine', quitDay: '2026-11-11', endDay: null },
          { substance: 'other', quitDay: '2026-11-11', endDay: '2026-11-20' },
        ],
        ['2026-11-11', '2026-11-11', '2026-12-01'],
        range,
      ),
    ).toEqual([
      { day: '2026-11-11', kind: 'withdrawal-start', label: 'Stopped a substance' },
      { day: '2026-11-11', kind: 'withdrawal-start', label: 'Stopped caffeine' },
      { day: '2026-11-11', kind: 'warning-sign', label: 'Warning sign' },
      { day: '2026-11-20', kind: 'withdrawal-end', label: 'Withdrawal period ended' },
    ]);
  });

  it('says how many rated days each side of the change rests on', () => {
    // First third 1-10 Nov rated on 1, 2, 3, 4, 5, 10 (6 days); last third 21-30 Nov on 21, 22, 25, 29 (4).
    const pain = sectionOf(report, 'pain');
    expect(pain.ratedDays).toEqual({ first: 6, last: 4 });
    expect(pain.changeWords).toContain('(1 to 10 November 2026, 6 rated days)');
    expect(pain.changeWords).toContain('(21 to 30 November 2026, 4 rated days)');
  });
});
