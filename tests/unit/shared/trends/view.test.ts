import { describe, expect, it } from 'vitest';
import { episodesNear, rangeKey, trendsView } from '../../../../src/shared/trends';
import { checkIn, episode, LONDON } from './helpers';
import { analyzeJournalFactors } from '../../../../src/shared/analysis';
import { factorSentence, factorVerdict } from '../../../../src/shared/analysis/wording';
import { addCalendarDays } from '../../../../src/shared/dates';
import { reportFactors } from '../../../../src/shared/report/factors';
import { REAL_SCENARIOS, realJournal } from '../../../fixtures/realJournal';

const RANGE = { from: '2026-11-08', to: '2026-11-14' };

describe('trendsView', () => {
  // November in London is GMT, so these UTC times are local times.
  const episodes = [
    episode('2026-11-05T10:00:00.000Z', 8), // three days before the range: the rolling average only
    episode('2026-11-08T09:00:00.000Z', 4),
    episode('2026-11-10T18:00:00.000Z', 6),
    episode('2026-11-03T12:00:00.000Z', 2), // the period before (1-7 November)
    episode('2026-11-15T08:00:00.000Z', 9), // after the range
  ];
  const checkIns = [checkIn('2026-11-12', { overallPain: 3, sleepHours: 6 })];
  const view = trendsView({ episodes, checkIns, withdrawalPeriods: [] }, RANGE, LONDON);

  it('covers the range and compares with the seven days before', () => {
    expect(view.range).toEqual(RANGE);
    expect(view.previous).toEqual({ from: '2026-11-01', to: '2026-11-07' });
    // This week: episodes on the 8th and 10th; the period before: the 3rd and the 5th.
    expect(view.deltas.episodes.value).toBe(2);
    expect(view.deltas.episodes.previous).toBe(2);
    // Daily averages this week: 4, 6 and the check-in's 3 → 13 / 3.
    expect(view.deltas.averagePain.value).toBeCloseTo(13 / 3, 6);
    expect(view.deltas.worstPain.value).toBe(6);
  });

  it('draws one point a day, and the rolling average reaches back before the range', () => {
    expect(view.pain.map((p) => p.day)).toEqual([
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
    ]);
    // 8 November: the 7 days ending then (2nd-8th) hold the 3rd (2), the 5th (8) and the 8th (4): 14 / 3.
    expect(view.pain[0]?.rolling7).toBeCloseTo(14 / 3, 6);
    expect(view.pain[0]?.worst).toBe(4);
  });

  it('counts only episodes in the range in the weekly bars, heatmap, regions and context', () => {
    expect(view.weekly.reduce((sum, bar) => sum + bar.total, 0)).toBe(2);
    expect(view.heatmap.reduce((sum, cell) => sum + cell.episodes, 0)).toBe(2);
    expect(view.sleep).toEqual([expect.objectContaining({ day: '2026-11-12', value: 6, pain: 3 })]);
  });
});

describe('episodesNear', () => {
  it('keeps the days a range needs, with a margin for time zones, and nothing far away', () => {
    const near = episodesNear(
      [
        episode('2026-10-30T10:00:00.000Z', 1), // nine days before: too far
        episode('2026-10-31T10:00:00.000Z', 2), // eight days before: kept (margin)
        episode('2026-11-14T23:00:00.000Z', 3),
        episode('2026-11-16T10:00:00.000Z', 4), // two days after: too far
      ],
      RANGE,
    );
    expect(near.map((e) => e.intensity)).toEqual([2, 3]);
  });
});

describe('rangeKey', () => {
  it('names a range by its days', () => {
    expect(rangeKey(RANGE)).toBe('2026-11-08..2026-11-14');
  });
});

describe('what the charts draw', () => {
  it('draws days and weeks as they are for a short range, with every summary in words', () => {
    const view = trendsView(
      { episodes: [episode('2026-11-10T09:00:00.000Z', 5)], checkIns: [], withdrawalPeriods: [] },
      RANGE,
      LONDON,
    );
    expect(view.painDrawn).toBe(view.pain);
    expect(view.weeklyDrawn).toBe(view.weekly);
    expect(view.words.weekly).toMatch(/^1 episode in 7 days/);
    expect(view.words.weekly).toContain(
      'The episode has no end recorded, so how long it lasted is not known.',
    );
    expect(Object.values(view.words).every((words) => words.length > 0)).toBe(true);
  });

  it('draws a year as weeks of pain and two years of episodes as months', () => {
    const year = { from: '2025-11-22', to: '2026-11-21' };
    const yearView = trendsView({ episodes: [], checkIns: [], withdrawalPeriods: [] }, year, LONDON);
    // 365 days from a Saturday: the partial week of 17 Nov 2025, then 52 full weeks → 53 points.
    expect(yearView.pain).toHaveLength(365);
    expect(yearView.painDrawn).toHaveLength(53);
    const twoYears = { from: '2024-11-22', to: '2026-11-21' };
    const longView = trendsView({ episodes: [], checkIns: [], withdrawalPeriods: [] }, twoYears, LONDON);
    // Bars by month: November 2024 to November 2026 is 25 months (weeks starting 18 Nov 2024 onwards).
    expect(longView.weeklyDrawn).toHaveLength(25);
  });
});

describe('one voice: Trends, Insights and the report say the same about a factor', () => {
  // 90 days from the real-shaped generator, with stress travelling with poor sleep and two workout types.
  const journal = realJournal(REAL_SCENARIOS['proxy-two-types'], 4242, 90);
  const range = { from: addCalendarDays(journal.today, -29), to: journal.today };
  const view = trendsView({ ...journal, withdrawalPeriods: [] }, range, journal.timeZone);
  const { factors } = analyzeJournalFactors(journal);
  const report = reportFactors({ ...journal, range });

  it.each([
    ['stress', 'stress-high'],
    ['sleep', 'poor-sleep'],
    ['desk', 'long-desk'],
  ] as const)('the %s chart quotes the Insights verdict for %s word for word', (chart, id) => {
    const insight = factors.factors.find((f) => f.id === id);
    if (!insight) throw new Error(`no ${id}`);
    expect(view.words[chart]).toContain(factorVerdict(insight));
    expect(view.words[chart]).not.toMatch(/moderate|strong pattern|weak pattern|tended to be/);
  });

  it('the report lists exactly the flagged factors, with the Insights sentence', () => {
    const flagged = factors.factors.filter((f) => f.tier === 'likely' || f.tier === 'possible');
    const listed = [...report.contributing, ...report.easing];
    expect(listed.map((f) => f.id).sort()).toEqual(flagged.map((f) => f.id).sort());
    for (const item of listed) {
      const insight = flagged.find((f) => f.id === item.id);
      expect(item.sentence).toBe(insight ? factorSentence(insight) : '');
    }
  });
});
