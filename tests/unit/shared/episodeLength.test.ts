import { describe, expect, it } from 'vitest';
import {
  episodeEnd,
  episodeEndWords,
  summarizeLengths,
  typicalLengthFigure,
  typicalLengthSentence,
} from '../../../src/shared/episodeLength';
import { withFollowUpAnswer } from '../../../src/shared/followUps';
import { episode } from '../../fixtures/builders';

const ZONE = 'Europe/London';
const TOKYO = 'Asia/Tokyo';

/** An episode starting at `startedAt` that lasted `minutes`, or has no end with null. */
function lasting(minutes: number | null, startedAt = '2026-11-02T12:00:00.000Z') {
  return episode(startedAt, 5, {
    endedAt: minutes === null ? null : new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
  });
}

describe('how long one episode lasted', () => {
  it('gives the minutes from start to a recorded end, as people read them', () => {
    const end = episodeEnd(lasting(70), '2026-11-20', ZONE);
    expect(end).toEqual({ state: 'ended', minutes: 70 });
    expect(episodeEndWords(end)).toBe('1 h 10 min');
    expect(episodeEndWords(episodeEnd(lasting(45), '2026-11-02', ZONE))).toBe('45 min');
  });

  it('says "no end yet" on the episode’s own local day, never "ongoing"', () => {
    expect(episodeEndWords(episodeEnd(lasting(null), '2026-11-02', ZONE))).toBe('no end yet');
  });

  it('says "end not recorded" once the episode’s local day is over', () => {
    expect(episodeEndWords(episodeEnd(lasting(null), '2026-11-03', ZONE))).toBe('end not recorded');
    expect(episodeEndWords(episodeEnd(lasting(null), '2027-01-01', ZONE))).toBe('end not recorded');
  });

  it('judges the day in the person’s time zone', () => {
    // 20:00 UTC on 2 November is 05:00 on 3 November in Tokyo: still that episode's day there.
    const late = lasting(null, '2026-11-02T20:00:00.000Z');
    expect(episodeEnd(late, '2026-11-03', TOKYO)).toEqual({ state: 'no-end-yet' });
    expect(episodeEnd(late, '2026-11-03', ZONE)).toEqual({ state: 'not-recorded' });
  });

  it('ends where the follow-up said the pain had stopped', () => {
    const logged = lasting(null, '2026-11-02T14:00:00.000Z');
    const answered = withFollowUpAnswer(logged, {
      pain: 0,
      stopped: true,
      at: '2026-11-02T15:05:00.000Z',
      answeredAt: '2026-11-02T15:06:00.000Z',
    });
    expect(episodeEndWords(episodeEnd(answered, '2026-11-10', ZONE))).toBe('1 h 5 min');
  });

  it('keeps an end unknown when the follow-up said the pain was still there', () => {
    const answered = withFollowUpAnswer(lasting(null, '2026-11-02T14:00:00.000Z'), {
      pain: 3,
      stopped: false,
      at: '2026-11-02T15:05:00.000Z',
      answeredAt: '2026-11-02T15:05:00.000Z',
    });
    expect(episodeEndWords(episodeEnd(answered, '2026-11-10', ZONE))).toBe('end not recorded');
  });
});

describe('typical lengths from the known ends only', () => {
  it('takes the median and quartiles of the episodes with an end, and counts all of them', () => {
    // Known: 20, 45, 60, 90, 180 → median 60, quartiles 45 and 90; two without an end.
    const summary = summarizeLengths([
      lasting(90),
      lasting(null),
      lasting(20),
      lasting(180),
      lasting(45),
      lasting(null),
      lasting(60),
    ]);
    expect(summary).toEqual({
      episodes: 7,
      episodesWithEnd: 5,
      medianMinutes: 60,
      lowerQuartileMinutes: 45,
      upperQuartileMinutes: 90,
    });
    expect(typicalLengthFigure(summary)).toBe(
      '1 h (middle half 45 min to 1 h 30 min, from the 5 of 7 episodes with an end recorded)',
    );
    expect(typicalLengthSentence(summary)).toBe(
      'Typical length 1 h (from the 5 of 7 episodes with an end recorded).',
    );
  });

  it('writes interpolated lengths to the whole minute, never in tenths', () => {
    // 10, 20, 40, 100: median 30; quartiles 17.5 → 18 min and 55.
    const summary = summarizeLengths([lasting(100), lasting(10), lasting(40), lasting(20)]);
    expect(summary.lowerQuartileMinutes).toBe(17.5);
    expect(typicalLengthFigure(summary)).toBe('30 min (middle half 18 min to 55 min, from all 4 episodes)');
    // 45 and 94: median 69.5 → 1 h 10 min.
    const two = summarizeLengths([lasting(45), lasting(94), lasting(null)]);
    expect(typicalLengthSentence(two)).toBe(
      'Typical length 1 h 10 min (from the 2 of 3 episodes with an end recorded).',
    );
    expect(typicalLengthFigure(two)).toBe('1 h 10 min (from the 2 of 3 episodes with an end recorded)');
  });

  it('says so when no episode has an end recorded', () => {
    const none = summarizeLengths([lasting(null), lasting(null)]);
    expect(none).toEqual({
      episodes: 2,
      episodesWithEnd: 0,
      medianMinutes: null,
      lowerQuartileMinutes: null,
      upperQuartileMinutes: null,
    });
    expect(typicalLengthFigure(none)).toBe('not known: none of the 2 episodes has an end recorded');
    expect(typicalLengthSentence(none)).toBe(
      'None of the 2 episodes has an end recorded, so how long they last is not known yet.',
    );
    const one = summarizeLengths([lasting(null)]);
    expect(typicalLengthFigure(one)).toBe('not known: the episode has no end recorded');
    expect(typicalLengthSentence(one)).toBe(
      'The episode has no end recorded, so how long it lasted is not known.',
    );
  });

  it('does not call a single known length typical', () => {
    expect(typicalLengthSentence(summarizeLengths([lasting(45), lasting(null)]))).toBe(
      'Only 1 of the 2 episodes has an end recorded: it lasted 45 min.',
    );
    expect(typicalLengthSentence(summarizeLengths([lasting(45)]))).toBe('The episode lasted 45 min.');
    expect(typicalLengthFigure(summarizeLengths([lasting(45)]))).toBe('45 min (from the one episode)');
  });

  it('has nothing to say about no episodes', () => {
    const empty = summarizeLengths([]);
    expect(typicalLengthFigure(empty)).toBe('no episodes');
    expect(typicalLengthSentence(empty)).toBeNull();
  });
});
