import { describe, expect, it } from 'vitest';
import { RELIEF_CAVEAT } from '../../../../src/shared/analysis/wording';
import { buildReport } from '../../../../src/shared/report';
import { episode } from '../../../fixtures/builders';
import { sectionOf, novemberJournal, novemberOptions, remedyUse } from '../../../fixtures/reportJournal';

describe('remedies in the report', () => {
  it('lists what was used in the range, with uses and rated uses, holding back relief under 5 ratings', () => {
    const { remedies, caveat, minRatedUses } = sectionOf(
      buildReport(novemberJournal(), novemberOptions()),
      'remedies',
    );
    // Heat: e1 (6 → 3 after 60 min) and e5 (3 → 1 after 30 min), both rated inside 15 min - 4 h.
    // The prescribed medicine on e6 was not rated.
    expect(
      remedies.map((r) => [r.remedy, r.label, r.uses, r.ratedUses, r.countedUses, r.medianRelief]),
    ).toEqual([
      ['heat', 'Heat', 2, 2, 2, null],
      ['prescribed-medication', 'Medication prescribed to you', 1, 0, 0, null],
    ]);
    expect(remedies[0]?.sentence).toBe(
      'Heat: used 2 times, with pain rated before and after on 2 of them and 2 of those 15 minutes to 4 hours after; the relief is summarised once 5 such uses are counted.',
    );
    expect(remedies[1]?.sentence).toBe(
      'Medication prescribed to you: used once, with pain rated before and after on 0 of them and 0 of those 15 minutes to 4 hours after; the relief is summarised once 5 such uses are counted. Left out: 1 not rated afterwards.',
    );
    expect(minRatedUses).toBe(5);
    expect(caveat).toBeNull();
  });

  it('gives the median and mean relief with its 95% range from 5 rated uses', () => {
    // Reliefs (before 6): 3, 2, 4, 1, 5 → median 3, mean 3. SD √((0 + 1 + 1 + 4 + 4) / 4) = √2.5;
    // 95% range 3 ± t(0.975, 4) × √2.5 / √5 = 3 ± 2.7764 × 0.7071 = 3 ± 1.963.
    // Clear relief (2 points or 30% of 6): 3, 2, 4 and 5 → 4 of 5. One use rated after 5 hours is not
    // counted, though it is rated (so the counts agree with the appendix, which shows it).
    const episodes = [3, 2, 4, 1, 5].map((relief, i) =>
      episode(`2026-11-${String(i + 2).padStart(2, '0')}T12:00:00.000Z`, 6, {
        remedies: [remedyUse('heat', 6, 6 - relief, 45)],
      }),
    );
    episodes.push(episode('2026-11-20T12:00:00.000Z', 6, { remedies: [remedyUse('heat', 6, 0, 300)] }));
    const { remedies, caveat } = sectionOf(
      buildReport({ episodes, checkIns: [], measures: [], withdrawalPeriods: [] }, novemberOptions()),
      'remedies',
    );
    const heat = remedies[0];
    expect(heat).toMatchObject({
      remedy: 'heat',
      uses: 6,
      ratedUses: 6,
      countedUses: 5,
      medianRelief: 3,
      meanRelief: 3,
      clearReliefShare: 0.8,
    });
    expect(heat?.ciLow).toBeCloseTo(1.037, 2);
    expect(heat?.ciHigh).toBeCloseTo(4.963, 2);
    expect(heat?.sentence).toMatch(
      /^Heat: pain was on average 3 points lower afterwards \(95% range 1 to 5; median 3; 5 rated uses; .*Left out: 1 rated after 5 hours, too late to count\.$/,
    );
    expect(heat?.beyondEasing).toBeNull();
    expect(caveat).toBe(RELIEF_CAVEAT);
  });

  it('counts a use rated too soon as rated, says why it is not counted, and the appendix agrees', () => {
    const report = buildReport(
      {
        episodes: [episode('2026-11-12T12:00:00.000Z', 3, { remedies: [remedyUse('cold', 3, 2, 10)] })],
        checkIns: [],
        measures: [],
        withdrawalPeriods: [],
      },
      novemberOptions(),
    );
    const [cold] = sectionOf(report, 'remedies').remedies;
    expect(cold).toMatchObject({ uses: 1, ratedUses: 1, countedUses: 0, medianRelief: null });
    expect(cold?.sentence).toContain('Left out: 1 rated after 10 minutes, too soon to count.');
    expect(sectionOf(report, 'appendix').episodes[0]?.remedies[0]?.relief).toBe('3 → 2 after 10 min');
  });

  it('gives the relief beyond natural easing once there are 10 follow-ups where nothing was tried', () => {
    // Nothing tried: ten episodes at pain 5 easing by 1 or 0 (alternately) after an hour: mean 0.5.
    // Heat: five uses at pain 5 easing by 3, 2, 3, 2, 3 after an hour: mean 2.6. Same starting pain and
    // time, so the model's heat term is the difference of means, 2.6 - 0.5 = 2.1.
    const nothing = Array.from({ length: 10 }, (_, i) =>
      episode(`2026-11-${String(i + 2).padStart(2, '0')}T08:00:00.000Z`, 5, {
        followUp: {
          at: `2026-11-${String(i + 2).padStart(2, '0')}T09:00:00.000Z`,
          pain: i % 2 === 0 ? 4 : 5,
          stopped: false,
          painBefore: 5,
          minutesAfter: 60,
          answeredAt: `2026-11-${String(i + 2).padStart(2, '0')}T09:00:00.000Z`,
        },
      }),
    );
    const heat = [3, 2, 3, 2, 3].map((relief, i) =>
      episode(`2026-11-${String(i + 15).padStart(2, '0')}T12:00:00.000Z`, 5, {
        remedies: [remedyUse('heat', 5, 5 - relief, 60)],
      }),
    );
    const section = sectionOf(
      buildReport(
        { episodes: [...nothing, ...heat], checkIns: [], measures: [], withdrawalPeriods: [] },
        novemberOptions(),
      ),
      'remedies',
    );
    expect(section.remedies[0]?.beyondEasing?.estimate).toBeCloseTo(2.1, 10);
    expect(section.remedies[0]?.sentence).toMatch(
      /^Heat: about 2\.1 points more relief than when you tried nothing \(95% range [\d.]+ to [\d.]+\), from 5 rated uses and 10 follow-ups without anything/,
    );
    expect(section.naturalCourse).toBe(
      'When nothing was tried, pain was on average 0.5 points lower at the follow-up (10 follow-ups).',
    );
    expect(section.window).toBe(
      'Pain is compared 15 minutes to 4 hours after: sooner, a remedy has barely had time; later, the day has moved on.',
    );
    expect(section.caveat).toMatch(/^Each remedy is compared with how your pain went when you tried nothing/);
  });

  it('counts only the episodes of the range', () => {
    const episodes = [
      episode('2026-10-31T12:00:00.000Z', 6, { remedies: [remedyUse('cold', 6, 2, 60)] }),
      episode('2026-11-12T12:00:00.000Z', 6, {
        remedies: [remedyUse('rest', 6, 2, 60)],
        deletedAt: '2026-11-12T13:00:00.000Z',
      }),
    ];
    const { remedies } = sectionOf(
      buildReport({ episodes, checkIns: [], measures: [], withdrawalPeriods: [] }, novemberOptions()),
      'remedies',
    );
    expect(remedies).toEqual([]);
  });
});
