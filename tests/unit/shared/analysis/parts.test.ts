import { describe, expect, it } from 'vitest';
import { analyzeJournal } from '../../../../src/shared/analysis';
import { buildDailyTable } from '../../../../src/shared/analysis/dailyTable';
import { mantelHaenszelRateRatio } from '../../../../src/shared/analysis/episodeRisk';
import { countEpisodeTriggers } from '../../../../src/shared/analysis/episodeTriggers';
import { tierOf, type FactorInsight } from '../../../../src/shared/analysis/insights';
import { analyzeRemedies, reliefOf } from '../../../../src/shared/analysis/remedies';
import {
  factorDetails,
  factorSentence,
  remedySentence,
  tierLabel,
  triggerCountSentence,
} from '../../../../src/shared/analysis/wording';
import type { CheckIn } from '../../../../src/shared/checkIns';
import type { Episode, RemedyTried } from '../../../../src/shared/model';
import { checkIn, episode, nextId } from '../../../fixtures/builders';

const id = nextId;

function use(
  kind: RemedyTried['kind'],
  before: number | null,
  after: number | null,
  minutes: number | null,
): RemedyTried {
  return {
    id: id(),
    kind,
    medicationName: null,
    dose: null,
    painBefore: before,
    painAfter: after,
    minutesAfter: minutes,
  };
}

describe('the daily table', () => {
  it('has one row per checked-in day with the day’s pain as Trends shows it: the episodes’ average, else 0', () => {
    const rows = buildDailyTable({
      episodes: [
        episode('2026-11-02T09:00:00Z', 4),
        episode('2026-11-02T18:00:00Z', 7),
        episode('2026-11-05T09:00:00Z', 9), // no check-in that day: not in the table
        episode('2026-11-03T09:00:00Z', 8, { deletedAt: '2026-11-03T10:00:00Z' }),
      ],
      checkIns: [
        checkIn('2026-11-03'),
        checkIn('2026-11-02'),
        checkIn('2026-11-04'),
        checkIn('2026-11-06', { overallPain: 3 }), // 1 rated of 4: under a third, so every day counts
        checkIn('2026-11-30'),
      ],
      timeZone: 'Europe/London',
      today: '2026-11-21',
    });
    expect(rows.map((r) => [r.day, r.dayIndex, r.pain, r.episodeStarted])).toEqual([
      ['2026-11-02', 0, 5.5, true],
      ['2026-11-03', 1, 0, false],
      ['2026-11-04', 2, 0, false],
      ['2026-11-06', 4, 3, false],
    ]);
  });

  it('compares only rated days for someone who rates at least a third of their check-ins', () => {
    const rows = buildDailyTable({
      episodes: [episode('2026-11-02T09:00:00Z', 7), episode('2026-11-03T09:00:00Z', 6)],
      checkIns: [
        checkIn('2026-11-02', { overallPain: 5 }), // the rating, not the episode
        checkIn('2026-11-03'), // an episode but no rating: left out of the comparison
        checkIn('2026-11-04', { overallPain: 4 }), // rated, without an episode: 4, not 0
      ],
      timeZone: 'Europe/London',
      today: '2026-11-21',
    });
    expect(rows.map((r) => [r.day, r.pain, r.episodeStarted])).toEqual([
      ['2026-11-02', 5, true],
      ['2026-11-03', null, true],
      ['2026-11-04', 4, false],
    ]);
  });
});

describe('remedy relief', () => {
  it('counts only uses rated 15 minutes to 4 hours after', () => {
    expect(reliefOf(use('heat', 7, 4, 15))).toBe(3);
    expect(reliefOf(use('heat', 7, 4, 240))).toBe(3);
    expect(reliefOf(use('heat', 7, 4, 10))).toBeNull();
    expect(reliefOf(use('heat', 7, 4, 241))).toBeNull();
    expect(reliefOf(use('heat', 7, null, 60))).toBeNull();
  });

  it('summarises relief with a t interval and ranks by its lower end', () => {
    // Heat reliefs 3, 2, 4, 1, 3, 2, 3: mean 18/7 = 2.571, sd 0.976, t(0.975, 6) = 2.447 → margin 0.903.
    const heat = [3, 2, 4, 1, 3, 2, 3].map((r) => use('heat', 7, 7 - r, 60));
    // Walking reliefs 5, 0, 6, -1, 4: mean 2.8 but spread wide, so it ranks lower.
    const walking = [5, 0, 6, -1, 4].map((r) => use('walking', 6, 6 - r, 90));
    const fewer = [2, 2].map((r) => use('cold', 5, 5 - r, 45));
    const results = analyzeRemedies([
      episode('2026-11-01T09:00:00Z', 7, { remedies: [...heat, ...walking, ...fewer] }),
    ]);
    expect(results.map((r) => r.remedy)).toEqual(['heat', 'walking', 'cold']);
    const [first] = results;
    expect(first?.uses).toBe(7);
    expect(first?.mean).toBeCloseTo(2.5714, 3);
    expect(first?.median).toBe(3);
    expect(first?.ciLow).toBeCloseTo(1.669, 2);
    expect(first?.ciHigh).toBeCloseTo(3.474, 2);
    // Meaningful: relief >= 2 or >= 30% of 7 (2.1): 3, 2, 4, 3, 2, 3 → 6 of 7.
    expect(first?.meaningfulShare).toBeCloseTo(6 / 7, 10);
    expect(results[2]).toMatchObject({ remedy: 'cold', uses: 2, moreUsesNeeded: 3, mean: null });
  });

  it('words relief as relief after using, with the numbers', () => {
    const heat = [3, 2, 4, 1, 3, 2, 3].map((r) => use('heat', 7, 7 - r, 60));
    const [relief] = analyzeRemedies([episode('2026-11-01T09:00:00Z', 7, { remedies: heat })]);
    if (!relief) throw new Error('no result');
    expect(remedySentence(relief)).toBe(
      'Heat: pain was on average 2.6 points lower afterwards (95% range 1.7 to 3.5; median 3; 7 rated uses; clear relief, 2 points or 30%, after 86% of them). Pain often eases by itself; 10 more follow-ups from episodes where nothing was tried will show what it adds beyond that.',
    );
    const [few] = analyzeRemedies([
      episode('2026-11-01T09:00:00Z', 7, { remedies: [use('cold', 5, 3, 45), use('cold', 5, 4, 10)] }),
    ]);
    if (!few) throw new Error('no result');
    expect(remedySentence(few)).toBe(
      'Ice or cold pack: rate your pain before and 15 minutes to 4 hours after on 4 more uses to see how much it helps (1 counted so far). Left out: 1 rated after 10 minutes, too soon to count.',
    );
  });
});

describe('episode-start rate ratio (Mantel-Haenszel)', () => {
  it('matches a hand-worked example in two strata', () => {
    // Block 0: exposed 10 days, 6 starts; unexposed 10 days, 3 starts. Block 1: exposed 5 days, 2 starts;
    // unexposed 15 days, 3 starts. RR_MH = (6·10/20 + 2·15/20) / (3·10/20 + 3·5/20) = 4.5 / 2.25 = 2.
    const started: boolean[] = [];
    const exposure: number[] = [];
    const blocks: number[] = [];
    const add = (block: number, x: number, days: number, starts: number) => {
      for (let i = 0; i < days; i += 1) {
        started.push(i < starts);
        exposure.push(x);
        blocks.push(block);
      }
    };
    add(0, 1, 10, 6);
    add(0, 0, 10, 3);
    add(1, 1, 5, 2);
    add(1, 0, 15, 3);
    const result = mantelHaenszelRateRatio(started, exposure, blocks);
    expect(result?.ratio).toBeCloseTo(2, 10);
    // Var(log RR) = Σ(M1·E1·E0/T²)/(R·S) = (9·100/400 + 5·75/400)/(4.5·2.25) = 3.1875/10.125.
    expect(result ? Math.log(result.ciHigh / result.ratio) / 1.96 : 0).toBeCloseTo(
      Math.sqrt(3.1875 / 10.125),
      10,
    );
  });
});

describe('tiers', () => {
  const coefficient = (estimate: number, se: number, p: number) => ({
    estimate,
    se,
    df: 40,
    ciLow: estimate - 2 * se,
    ciHigh: estimate + 2 * se,
    p,
  });

  it('calls a factor likely with q <= 0.05 and half a point, possible with q <= 0.10 and a quarter point', () => {
    expect(tierOf(coefficient(1.5, 0.3, 0.00001), 1.38, 0.001)).toBe('likely');
    expect(tierOf(coefficient(0.45, 0.1, 0.0001), 0.44, 0.001)).toBe('possible');
    expect(tierOf(coefficient(0.9, 0.4, 0.03), 0.77, 0.08)).toBe('possible');
    // p < 0.05 alone is not enough: among many comparisons it turns up by chance.
    expect(tierOf(coefficient(0.9, 0.4, 0.03), 0.77, 0.2)).toBe('unclear');
    expect(tierOf(coefficient(0.2, 0.05, 0.0001), 0.2, 0.001)).toBe('not-big');
    expect(tierOf(coefficient(0.1, 0.3, 0.7), 0.09, 0.9)).toBe('not-big');
    expect(tierOf(coefficient(0.6, 0.5, 0.2), 0.48, 0.5)).toBe('unclear');
    expect(tierOf(coefficient(-1.2, 0.3, 0.0001), -1.1, 0.002)).toBe('likely');
  });

  it('labels easing factors as easing', () => {
    expect(tierLabel({ tier: 'likely', direction: 'lower' })).toBe('Likely goes with less pain');
    expect(tierLabel({ tier: 'possible', direction: 'higher' })).toBe('Possible contributing factor');
  });
});

describe('analyzeJournal and the factor sentences', () => {
  // 42 check-in days; pain is 2 higher on the day after a workout, otherwise 3 with a small weekly wobble.
  const checkIns: CheckIn[] = [];
  const episodes: Episode[] = [];
  for (let i = 0; i < 42; i += 1) {
    const day = new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10);
    const isWorkout = i % 3 === 0;
    checkIns.push(checkIn(day, { workout: isWorkout ? 'rowing' : 'none', stress: 3 + (i % 5) }));
    const afterWorkout = i > 0 && (i - 1) % 3 === 0;
    episodes.push(
      episode(`${day}T12:00:00.000Z`, (afterWorkout ? 6 : 3) + (i % 2), {
        triggers: afterWorkout
          ? [{ id: id(), kind: 'workout', note: '', workoutType: 'rowing', effort: 7 }]
          : [],
      }),
    );
  }
  const insights = analyzeJournal({ episodes, checkIns, timeZone: 'UTC', today: '2026-11-21' });

  it('ranks the planted next-day workout first, likely, with an honest sentence', () => {
    const [top] = insights.factors.factors;
    if (!top) throw new Error('no factors');
    expect(top).toMatchObject({
      id: 'workout-next-day',
      tier: 'likely',
      direction: 'higher',
      exposedDays: 14,
      unexposedDays: 27,
    });
    expect(factorSentence(top)).toMatch(
      /^Days after a workout went with more pain: about 3 points higher \(95% range 2\.\d to 3\.\d; 14 days with it, 27 days without\), allowing for changes from month to month, weekends(, water)? and stress\.$/,
    );
    expect(factorDetails(top)).toContain(
      'This is a pattern in your records, not proof. To check it, try two weeks with and two weeks without.',
    );
    expect(JSON.stringify(insights)).not.toMatch(/\bcaus/i);
  });

  it('says how many more days a factor needs', () => {
    const few = analyzeJournal({
      episodes,
      checkIns: checkIns.slice(0, 12),
      timeZone: 'UTC',
      today: '2026-11-21',
    });
    const workout = few.factors.factors.find((f) => f.id === 'workout-same-day') as FactorInsight;
    expect(workout.tier).toBe('not-enough-data');
    expect(factorSentence(workout)).toBe(
      'Not enough check-ins yet to compare days with a workout with other days: about 4 days more with it needed (4 days with it and 8 days without so far).',
    );
  });

  it('describes triggers noted on episodes with counts only', () => {
    expect(insights.episodeTriggers).toEqual([{ kind: 'workout', episodes: 14, of: 42 }]);
    expect(
      triggerCountSentence(countEpisodeTriggers(episodes)[0] ?? { kind: 'other', episodes: 0, of: 0 }),
    ).toBe('Workout or hard exercise was noted with 14 of 42 episodes.');
  });
});
