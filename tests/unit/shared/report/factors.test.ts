import { describe, expect, it } from 'vitest';
import { analyzeJournal } from '../../../../src/shared/analysis';
import { buildReport, pageOne, type ReportJournal } from '../../../../src/shared/report';
import { factorsSourceSentence } from '../../../../src/shared/report/factors';
import { checkIn, episode } from '../../../fixtures/builders';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../../../fixtures/insightsJournal';
import { sectionOf, novemberJournal, novemberOptions } from '../../../fixtures/reportJournal';

// 90 synthetic days from 5 January 2026 (to 4 April) with a workout raising the next day's pain by 2.5
// points: the same journal the Insights end-to-end test finds the planted factor in.
const synthetic = syntheticJournalForInsights(
  { ...BASE_SCENARIO, days: 90, workoutNextDayEffect: 2.5, baseline: 3 },
  7,
);
const plantedJournal: ReportJournal = { ...synthetic, measures: [], withdrawalPeriods: [] };
const LAST_30_DAYS = { from: '2026-03-06', to: '2026-04-04' };

describe('contributing and easing factors in the report', () => {
  const factors = sectionOf(buildReport(plantedJournal, novemberOptions({ range: LAST_30_DAYS })), 'factors');

  it('lists the planted factor as likely contributing, with its numbers and the Insights wording', () => {
    expect(factors.status).toBe('ok');
    // The whole journal up to the range's last day is analysed, not just the range: 90 check-in days.
    expect(factors.basedOnDays).toBe(90);
    const first = factors.contributing[0];
    expect(first).toMatchObject({
      id: 'workout-next-day',
      kind: 'workout',
      label: 'Days after a workout',
      tier: 'likely',
      tierLabel: 'Likely contributing factor',
      direction: 'higher',
    });
    expect(first?.estimate).toBeGreaterThan(1.5);
    expect(first?.ciLow).toBeLessThan(first?.estimate ?? 0);
    expect(first?.ciHigh).toBeGreaterThan(first?.estimate ?? 0);
    expect((first?.daysWith ?? 0) + (first?.daysWithout ?? 0)).toBe(89); // the first day has no day before
    expect(first?.sentence).toMatch(
      /^Days after a workout went with more pain: about \d(\.\d)? points higher \(95% range [\d.]+ to [\d.]+; \d+ days with it, \d+ days without\), allowing for /,
    );
  });

  it('lists only factors the data support (likely or possible), split by direction', () => {
    const all = analyzeJournal({ ...synthetic, timeZone: 'Europe/London', today: LAST_30_DAYS.to }).factors
      .factors;
    const supported = all.filter((f) => f.tier === 'likely' || f.tier === 'possible');
    const listed = [...factors.contributing, ...factors.easing];
    expect(listed.map((f) => f.id).sort()).toEqual(supported.map((f) => f.id).sort());
    expect(listed.every((f) => f.tier === 'likely' || f.tier === 'possible')).toBe(true);
    expect(factors.contributing.every((f) => f.direction === 'higher' && f.estimate >= 0)).toBe(true);
    expect(factors.easing.every((f) => f.direction === 'lower' && f.estimate < 0)).toBe(true);
    expect(all.length).toBeGreaterThan(listed.length);
  });

  it('never says a factor causes pain', () => {
    const words = [
      factors.caveat,
      ...[...factors.contributing, ...factors.easing].flatMap((f) => [f.label, f.tierLabel, f.sentence]),
    ];
    for (const text of words) expect(text).not.toMatch(/\bcaus/i);
  });

  it('says once that the findings come from the whole journal, with its check-in days and span', () => {
    // 90 check-in days from 5 January to 4 April 2026; the report covers only the last 30 of them.
    expect(factors.basedOnSpan).toEqual({ from: '2026-01-05', to: '2026-04-04' });
    expect(factors.source).toBe(
      'From your whole journal (90 check-in days, 5 January 2026 to 4 April 2026), not only this period.',
    );
    const page = pageOne(buildReport(plantedJournal, novemberOptions({ range: LAST_30_DAYS })));
    expect(page.factors?.source).toBe(factors.source);
  });

  it('says the findings rest on this period alone when the journal starts inside it', () => {
    expect(
      factorsSourceSentence(
        30,
        { from: '2026-01-05', to: '2026-02-03' },
        { from: '2026-01-01', to: '2026-02-03' },
      ),
    ).toBe('From the 30 check-in days of this period.');
    expect(factorsSourceSentence(0, null, LAST_30_DAYS)).toBeNull();
  });

  it('leaves out everything after the range’s last day', () => {
    // Range ending 3 February (day 30 of the journal): 30 check-in days, whatever comes later.
    const early = { from: '2026-01-05', to: '2026-02-03' };
    const cut = sectionOf(buildReport(plantedJournal, novemberOptions({ range: early })), 'factors');
    expect(cut.basedOnDays).toBe(30);
    const onlyUpToThen: ReportJournal = {
      ...plantedJournal,
      episodes: synthetic.episodes.filter((e) => e.startedAt < '2026-02-04'),
      checkIns: synthetic.checkIns.filter((c) => c.day <= early.to),
    };
    expect(cut).toEqual(sectionOf(buildReport(onlyUpToThen, novemberOptions({ range: early })), 'factors'));
  });

  it('says there is not enough data yet, with the check-in days so far, for a small journal', () => {
    const small = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'factors');
    // Check-ins up to 30 November, including 31 October before the range: 8 days.
    expect(small).toMatchObject({
      status: 'not-enough-data',
      basedOnDays: 8,
      minDaysEach: 8,
      contributing: [],
      easing: [],
    });
  });

  it('is ok but lists nothing when factors were compared and none stood out', () => {
    // 40 days alternating stress 2 and 8 with the same pain: compared, and not likely or possible.
    const days = Array.from({ length: 40 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10);
      return { day, stress: i % 2 === 0 ? 2 : 8 };
    });
    const flat: ReportJournal = {
      episodes: days.map(({ day }) => episode(`${day}T12:00:00.000Z`, 4)),
      checkIns: days.map(({ day, stress }) => checkIn(day, { stress })),
      measures: [],
      withdrawalPeriods: [],
    };
    const result = sectionOf(
      buildReport(flat, novemberOptions({ range: { from: '2026-10-11', to: '2026-11-09' } })),
      'factors',
    );
    expect(result.status).toBe('ok');
    expect(result.basedOnDays).toBe(40);
    expect(result.contributing).toEqual([]);
    expect(result.easing).toEqual([]);
  });
});
