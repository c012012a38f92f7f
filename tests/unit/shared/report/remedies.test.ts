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
    // Heat: e1 (6 → 3 after 60 min) and e5 (3 → 1 after 30 min), both rated inside 30-180 minutes.
    // The prescribed medicine on e6 was not rated.
    expect(remedies.map((r) => [r.remedy, r.label, r.uses, r.ratedUses, r.medianRelief])).toEqual([
      ['heat', 'Heat', 2, 2, null],
      ['prescribed-medication', 'Medication prescribed to you', 1, 0, null],
    ]);
    expect(remedies[0]?.sentence).toBe(
      'Heat: used 2 times, with pain rated before and 30 to 180 minutes after on 2 of them; the relief is summarised from 5 rated uses.',
    );
    expect(remedies[1]?.sentence).toMatch(/^Medication prescribed to you: used once, /);
    expect(minRatedUses).toBe(5);
    expect(caveat).toBeNull();
  });

  it('gives the median and mean relief with its 95% range from 5 rated uses', () => {
    // Reliefs (before 6): 3, 2, 4, 1, 5 → median 3, mean 3. SD √((0 + 1 + 1 + 4 + 4) / 4) = √2.5;
    // 95% range 3 ± t(0.975, 4) × √2.5 / √5 = 3 ± 2.7764 × 0.7071 = 3 ± 1.963.
    // Clear relief (2 points or 30% of 6): 3, 2, 4 and 5 → 4 of 5. One use at 200 minutes is not rated.
    const episodes = [3, 2, 4, 1, 5].map((relief, i) =>
      episode(`2026-11-${String(i + 2).padStart(2, '0')}T12:00:00.000Z`, 6, {
        remedies: [remedyUse('heat', 6, 6 - relief, 45)],
      }),
    );
    episodes.push(episode('2026-11-20T12:00:00.000Z', 6, { remedies: [remedyUse('heat', 6, 0, 200)] }));
    const { remedies, caveat } = sectionOf(
      buildReport({ episodes, checkIns: [], measures: [], withdrawalPeriods: [] }, novemberOptions()),
      'remedies',
    );
    const heat = remedies[0];
    expect(heat).toMatchObject({
      remedy: 'heat',
      uses: 6,
      ratedUses: 5,
      medianRelief: 3,
      meanRelief: 3,
      clearReliefShare: 0.8,
    });
    expect(heat?.ciLow).toBeCloseTo(1.037, 2);
    expect(heat?.ciHigh).toBeCloseTo(4.963, 2);
    expect(heat?.sentence).toMatch(
      /^Heat: pain was on average 3 points lower 30 to 180 minutes after using it \(95% range 1 to 5; median 3; 5 rated uses/,
    );
    expect(caveat).toBe(RELIEF_CAVEAT);
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
