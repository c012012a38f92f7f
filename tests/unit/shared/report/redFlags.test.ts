import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report';
import { severeStreaksInRange } from '../../../../src/shared/report/redFlags';
import { redFlagById } from '../../../../src/shared/taxonomy';
import { episode } from '../../../fixtures/builders';
import {
  OPTIONAL_SECTIONS,
  leftOut,
  novemberEpisodes,
  novemberJournal,
  novemberOptions,
} from '../../../fixtures/reportJournal';

describe('warning signs in the report', () => {
  it('lists the signs of the range, emergencies first, each with its advice from the taxonomy', () => {
    const { redFlags } = buildReport(novemberJournal(), novemberOptions());
    // Difficulty breathing (10 Nov) is an emergency sign, so it comes before the tingling (5 Nov). Fever
    // (deleted episode), a fall (31 Oct) and weight loss (1 Dec) are not in the range.
    expect(redFlags).toEqual([
      {
        flag: 'breathing-difficulty',
        day: '2026-11-10',
        label: 'Difficulty breathing',
        urgency: 'emergency',
        urgencyLabel: 'Get help now',
        advice: redFlagById('breathing-difficulty').advice,
        intensity: 8,
        episodeId: novemberEpisodes.e4.id,
      },
      {
        flag: 'numbness-tingling',
        day: '2026-11-05',
        label: 'Numbness or tingling in arms, hands or feet',
        urgency: 'soon',
        urgencyLabel: 'See a doctor soon',
        advice: redFlagById('numbness-tingling').advice,
        intensity: 7,
        episodeId: novemberEpisodes.e3.id,
      },
    ]);
    expect(redFlags[0]?.advice).toMatch(/emergency/i);
  });

  it('are included even when no section is chosen, and every other section is then left out', () => {
    const report = buildReport(novemberJournal(), novemberOptions({ sections: [] }));
    expect(report.sections).toEqual(['redFlags']);
    expect(report.redFlags.map((f) => f.flag)).toEqual(['breathing-difficulty', 'numbness-tingling']);
    expect(leftOut(report)).toEqual(OPTIONAL_SECTIONS);
    expect(report.header.patientName).toBe('Alex Morgan');
  });

  it('is an empty list when none were recorded in the range', () => {
    const { redFlags } = buildReport(
      novemberJournal(),
      novemberOptions({ range: { from: '2026-11-11', to: '2026-11-30' } }),
    );
    expect(redFlags).toEqual([]);
  });
});

describe('severe streaks in the report', () => {
  it('lists 3+ days in a row at 8 or more that overlap the range, and nothing shorter or outside', () => {
    const timeZone = 'Europe/London';
    const streakEpisodes = [
      // 30 Oct - 1 Nov: three days at 8+, overlapping a November range by one day.
      episode('2026-10-30T10:00:00.000Z', 8),
      episode('2026-10-31T10:00:00.000Z', 9),
      episode('2026-11-01T10:00:00.000Z', 8),
      // 10 - 11 Nov: only two days.
      episode('2026-11-10T10:00:00.000Z', 9),
      episode('2026-11-11T10:00:00.000Z', 9),
      // 20 - 22 Oct: three days, but before the range.
      episode('2026-10-20T10:00:00.000Z', 8),
      episode('2026-10-21T10:00:00.000Z', 8),
      episode('2026-10-22T10:00:00.000Z', 8),
    ];
    const streaks = severeStreaksInRange(
      streakEpisodes,
      [],
      { from: '2026-11-01', to: '2026-11-30' },
      timeZone,
    );
    expect(streaks).toEqual([{ from: '2026-10-30', to: '2026-11-01', days: 3 }]);
  });
});
