import { describe, expect, it } from 'vitest';
import { compareSummaries, summarizePeriod, type PeriodSummary } from '../../../../src/shared/trends';
import { checkIn, deleted, episode, LONDON, NEW_YORK } from './helpers';

const WEEK = { from: '2026-11-01', to: '2026-11-07' };

describe('summarizePeriod', () => {
  // November in London is GMT, so these UTC times are local times.
  const episodes = [
    episode('2026-11-01T10:00:00.000Z', 6),
    episode('2026-11-01T15:00:00.000Z', 8),
    episode('2026-11-03T09:00:00.000Z', 4),
    episode('2026-11-07T23:30:00.000Z', 5), // 23:30 on the last day: inside
    episode('2026-11-08T00:30:00.000Z', 9), // the next day: outside
    episode('2026-10-31T23:59:00.000Z', 10), // the day before: outside
    deleted('2026-11-04T12:00:00.000Z', 10),
  ];
  const checkIns = [
    checkIn('2026-10-31', { overallPain: 9 }),
    checkIn('2026-11-02', { overallPain: 0 }),
    checkIn('2026-11-03', { overallPain: 3 }),
    checkIn('2026-11-04'),
    checkIn('2026-11-05', { overallPain: 2 }),
    checkIn('2026-11-06', { sleepHours: 7 }),
    checkIn('2026-11-07', { overallPain: 0 }),
  ];

  it('gives hand-checked numbers for a week', () => {
    // Daily averages: 1st (6+8)/2 = 7; 2nd 0; 3rd the check-in's 3; 5th 2; 7th the check-in's 0 (the
    // person's own summary, though an episode of 5 started that evening). Mean 12 / 5 = 2.4.
    expect(summarizePeriod(episodes, checkIns, WEEK, LONDON)).toEqual({
      averagePain: 2.4,
      worstPain: 8,
      episodes: 4,
      // 2nd (pain 0), 4th and 6th (pain not recorded, no episode; the 4th's episode was deleted).
      // Not the 3rd, 5th or 7th (pain or an episode) nor the 1st (no check-in).
      painFreeDays: 3,
      daysWithData: 5,
      checkInDays: 6,
      loggedDays: 7,
    });
  });

  it('has nulls and zeros for a period with nothing logged', () => {
    expect(summarizePeriod(episodes, checkIns, { from: '2026-12-01', to: '2026-12-31' }, LONDON)).toEqual({
      averagePain: null,
      worstPain: null,
      episodes: 0,
      painFreeDays: 0,
      daysWithData: 0,
      checkInDays: 0,
      loggedDays: 0,
    });
  });

  it('does not count a day without a check-in as pain-free', () => {
    const summary = summarizePeriod([episode('2026-11-01T10:00:00.000Z', 3)], [], WEEK, LONDON);
    expect(summary.painFreeDays).toBe(0);
    expect(summary.loggedDays).toBe(1);
  });

  it('counts an episode at 23:30 local time on its local day in New York', () => {
    // 04:30 UTC on 8 November is 23:30 EST on 7 November: inside the week there, outside it in London.
    const late = [episode('2026-11-08T04:30:00.000Z', 7)];
    expect(summarizePeriod(late, [], WEEK, NEW_YORK)).toMatchObject({ episodes: 1, worstPain: 7 });
    expect(summarizePeriod(late, [], WEEK, LONDON)).toMatchObject({ episodes: 0, worstPain: null });
  });
});

function summary(patch: Partial<PeriodSummary> = {}): PeriodSummary {
  return {
    averagePain: 3,
    worstPain: 6,
    episodes: 4,
    painFreeDays: 2,
    daysWithData: 10,
    checkInDays: 10,
    loggedDays: 12,
    ...patch,
  };
}

describe('compareSummaries', () => {
  it('calls lower pain, fewer episodes and more pain-free days better', () => {
    const comparison = compareSummaries(
      summary({ averagePain: 2.4, worstPain: 5, episodes: 2, painFreeDays: 5 }),
      summary({ averagePain: 3.1, worstPain: 8, episodes: 6, painFreeDays: 3 }),
    );
    expect(comparison).toEqual({
      averagePain: { value: 2.4, previous: 3.1, change: -0.7, trend: 'better' },
      worstPain: { value: 5, previous: 8, change: -3, trend: 'better' },
      episodes: { value: 2, previous: 6, change: -4, trend: 'better' },
      painFreeDays: { value: 5, previous: 3, change: 2, trend: 'better' },
    });
  });

  it('calls the opposite worse', () => {
    const comparison = compareSummaries(
      summary({ averagePain: 4, worstPain: 9, episodes: 5, painFreeDays: 1 }),
      summary(),
    );
    expect(Object.values(comparison).map((d) => d.trend)).toEqual(['worse', 'worse', 'worse', 'worse']);
    expect(comparison.painFreeDays.change).toBe(-1);
  });

  it('calls an average change under 0.05 the same, and any change in a count a change', () => {
    const tiny = compareSummaries(summary({ averagePain: 3.04 }), summary({ averagePain: 3 }));
    expect(tiny.averagePain).toEqual({ value: 3.04, previous: 3, change: 0.04, trend: 'same' });
    const small = compareSummaries(summary({ averagePain: 3.05 }), summary({ averagePain: 3 }));
    expect(small.averagePain).toEqual({ value: 3.05, previous: 3, change: 0.05, trend: 'worse' });
    const counts = compareSummaries(summary({ episodes: 5 }), summary());
    expect(counts.episodes.trend).toBe('worse');
    expect(counts.painFreeDays).toEqual({ value: 2, previous: 2, change: 0, trend: 'same' });
    expect(counts.worstPain.trend).toBe('same');
  });

  it('is unknown where either period has no pain rating', () => {
    const comparison = compareSummaries(summary(), summary({ averagePain: null, worstPain: null }));
    expect(comparison.averagePain).toEqual({ value: 3, previous: null, change: null, trend: 'unknown' });
    expect(comparison.worstPain.trend).toBe('unknown');
  });

  it('does not compare counts with a period in which nothing was logged', () => {
    const empty = summary({
      averagePain: null,
      worstPain: null,
      episodes: 0,
      painFreeDays: 0,
      daysWithData: 0,
      checkInDays: 0,
      loggedDays: 0,
    });
    const comparison = compareSummaries(summary(), empty);
    expect(comparison.episodes).toEqual({ value: 4, previous: null, change: null, trend: 'unknown' });
    expect(comparison.painFreeDays).toEqual({ value: 2, previous: null, change: null, trend: 'unknown' });
  });

  it('does not count pain-free days for a period without check-ins, but still counts its episodes', () => {
    const episodesOnly = summary({ painFreeDays: 0, checkInDays: 0, episodes: 1, loggedDays: 1 });
    const comparison = compareSummaries(episodesOnly, summary());
    expect(comparison.painFreeDays).toEqual({ value: null, previous: 2, change: null, trend: 'unknown' });
    expect(comparison.episodes).toEqual({ value: 1, previous: 4, change: -3, trend: 'better' });
  });
});
