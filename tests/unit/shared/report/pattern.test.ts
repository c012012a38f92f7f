import { describe, expect, it } from 'vitest';
import { buildReport, type ReportPattern } from '../../../../src/shared/report';
import { episode } from '../../../fixtures/builders';
import { sectionOf, REPORT_ZONE, novemberJournal, novemberOptions } from '../../../fixtures/reportJournal';

function patternFor(episodes: ReturnType<typeof episode>[], from: string, to: string): ReportPattern {
  return sectionOf(
    buildReport(
      { episodes, checkIns: [], measures: [], withdrawalPeriods: [] },
      novemberOptions({ range: { from, to }, sections: ['pattern'] }),
    ),
    'pattern',
  );
}

/** An episode lasting `minutes` from noon UTC on 2 November. */
function lasting(minutes: number) {
  const start = Date.parse('2026-11-02T12:00:00.000Z');
  return episode(new Date(start).toISOString(), 5, {
    endedAt: new Date(start + minutes * 60_000).toISOString(),
  });
}

describe('the pattern of episodes in the report', () => {
  const pattern = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'pattern');

  it('counts the episodes of the range, leaving out deleted ones and those outside it', () => {
    // e1-e6; not the deleted one (12 Nov), 31 October or 1 December.
    expect(pattern.episodes).toBe(6);
  });

  it('gives the median duration and its interquartile range over the episodes that ended', () => {
    // Ended: 20, 45, 60, 90, 180 minutes (e5 is still going). Median the 3rd, 60. Quartiles by
    // interpolation at (5 - 1) × 0.25 = position 1 → 45 and (5 - 1) × 0.75 = position 3 → 90.
    expect(pattern.duration).toEqual({
      episodes: 6,
      episodesWithEnd: 5,
      medianMinutes: 60,
      lowerQuartileMinutes: 45,
      upperQuartileMinutes: 90,
    });
  });

  it('interpolates the median and quartiles between durations', () => {
    // 10, 20, 40, 100: median (20 + 40) / 2 = 30; Q1 at position 0.75: 10 + 0.75 × 10 = 17.5;
    // Q3 at position 2.25: 40 + 0.25 × 60 = 55.
    const durations = patternFor(
      [lasting(100), lasting(10), lasting(40), lasting(20)],
      '2026-11-01',
      '2026-11-30',
    );
    expect(durations.duration).toEqual({
      episodes: 4,
      episodesWithEnd: 4,
      medianMinutes: 30,
      lowerQuartileMinutes: 17.5,
      upperQuartileMinutes: 55,
    });
  });

  it('has no duration when no episode has ended', () => {
    expect(patternFor([episode('2026-11-02T12:00:00.000Z', 4)], '2026-11-01', '2026-11-30').duration).toEqual(
      {
        episodes: 1,
        episodesWithEnd: 0,
        medianMinutes: null,
        lowerQuartileMinutes: null,
        upperQuartileMinutes: null,
      },
    );
  });

  it('counts episodes by the local time of day they started', () => {
    // 02:00 night; 07:30 and 10:00 morning; 13:00 and 16:00 afternoon; 19:00 evening.
    expect(pattern.timeOfDay.map((t) => [t.id, t.episodes])).toEqual([
      ['night', 1],
      ['morning', 2],
      ['afternoon', 2],
      ['evening', 1],
    ]);
    expect(pattern.timeOfDay[0]?.label).toBe('Night (00:00 to 06:00)');
  });

  it('uses local time on the day the clocks go forward and the day they go back', () => {
    // 29 March 2026, London: GMT until 01:00 UTC, then BST (UTC+1).
    // 00:30 UTC → 00:30 GMT night; 05:30 UTC → 06:30 BST morning (UTC alone would say night);
    // 11:30 UTC → 12:30 BST afternoon; 17:30 UTC → 18:30 BST evening.
    const spring = patternFor(
      ['00:30', '05:30', '11:30', '17:30'].map((t) => episode(`2026-03-29T${t}:00.000Z`, 5)),
      '2026-03-29',
      '2026-03-29',
    );
    expect(spring.timeOfDay.map((t) => t.episodes)).toEqual([1, 1, 1, 1]);
    // 25 October 2026: BST until 01:00 UTC, then GMT. 23:30 UTC on the 24th is 00:30 BST on the 25th
    // (night, and on the 25th); 05:30 UTC is 05:30 GMT (night); 11:30 UTC is 11:30 GMT (morning).
    const autumn = patternFor(
      ['2026-10-24T23:30', '2026-10-25T05:30', '2026-10-25T11:30'].map((t) => episode(`${t}:00.000Z`, 5)),
      '2026-10-25',
      '2026-10-25',
    );
    expect(autumn.episodes).toBe(3);
    expect(autumn.timeOfDay.map((t) => t.episodes)).toEqual([2, 1, 0, 0]);
    expect(REPORT_ZONE).toBe('Europe/London');
  });

  it('lists pain qualities most often first, with their labels', () => {
    // Dull ache e1, e2, e3, e5 = 4; stiffness e1, e4 = 2; sharp e3 = 1. Burning is only on the deleted one.
    expect(pattern.qualities).toEqual([
      { quality: 'dull-ache', label: 'Dull ache', episodes: 4 },
      { quality: 'stiffness', label: 'Stiff or tight', episodes: 2 },
      { quality: 'sharp-stabbing', label: 'Sharp or stabbing', episodes: 1 },
    ]);
  });

  it('lists body regions most often first with their average intensity and shade', () => {
    // Between the shoulder blades: e1 6, e2 5, e3 7, e5 3 → 4 episodes, 21 / 4 = 5.25, worst 7.
    // Neck: e1 6, e6 4 → 2, average 5. Thoracic spine e4 8; left arm e3 7; right arm e5 3.
    // Ties keep the body map's order. Shades: quarters of the busiest (4), one darker at 7+, lighter under 5.
    expect(pattern.regions).toEqual([
      {
        region: 'between-shoulder-blades',
        label: 'Between the shoulder blades',
        episodes: 4,
        averageIntensity: 5.25,
        worst: 7,
        shade: 4,
      },
      { region: 'neck', label: 'Neck', episodes: 2, averageIntensity: 5, worst: 6, shade: 2 },
      {
        region: 'thoracic-spine',
        label: 'Middle of the upper back (thoracic spine)',
        episodes: 1,
        averageIntensity: 8,
        worst: 8,
        shade: 2,
      },
      {
        region: 'arm-left',
        label: 'Left arm (spreading into the arm)',
        episodes: 1,
        averageIntensity: 7,
        worst: 7,
        shade: 2,
      },
      {
        region: 'arm-right',
        label: 'Right arm (spreading into the arm)',
        episodes: 1,
        averageIntensity: 3,
        worst: 3,
        shade: 1,
      },
    ]);
  });

  it('counts the episodes spreading into an arm and their share', () => {
    // e3 (left arm) and e5 (right arm) of 6 episodes: 1/3.
    expect(pattern.spreadingToArms.episodes).toBe(2);
    expect(pattern.spreadingToArms.share).toBeCloseTo(1 / 3, 9);
    // An episode in both arms counts once.
    const both = patternFor(
      [
        episode('2026-11-02T12:00:00.000Z', 5, { regions: ['arm-left', 'arm-right'] }),
        episode('2026-11-03T12:00:00.000Z', 5),
      ],
      '2026-11-01',
      '2026-11-30',
    );
    expect(both.spreadingToArms).toEqual({ episodes: 1, share: 0.5 });
  });

  it('has zero episodes and no share in an empty range', () => {
    const empty = patternFor([], '2026-11-01', '2026-11-30');
    expect(empty).toMatchObject({
      episodes: 0,
      qualities: [],
      regions: [],
      spreadingToArms: { episodes: 0, share: null },
    });
    expect(empty.timeOfDay.map((t) => t.episodes)).toEqual([0, 0, 0, 0]);
  });
});
