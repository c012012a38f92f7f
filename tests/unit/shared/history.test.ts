import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  describeRelief,
  filterEpisodes,
  formatDuration,
  daysFromLatest,
  groupEpisodesByDay,
  intensityWord,
} from '../../../src/shared/history';
import type { Episode } from '../../../src/shared/model';

let counter = 0;
function episode(patch: Partial<Episode>): Episode {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    startedAt: '2026-11-21T09:00:00.000Z',
    endedAt: null,
    intensity: 5,
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [],
    redFlags: [],
    notes: '',
    createdAt: '2026-11-21T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    deletedAt: null,
    followUp: null,
    followUpSnoozedUntil: null,
    followUpDismissedAt: null,
    ...patch,
  };
}

const workout = { id: 'a', kind: 'workout', note: '', workoutType: 'rowing', effort: 7 } as const;
const stress = { id: 'b', kind: 'stress', note: 'deadline', level: 8 } as const;

describe('filterEpisodes', () => {
  const desk = episode({ regions: ['neck'], triggers: [stress], notes: 'Long day at the desk' });
  const gym = episode({ regions: ['between-shoulder-blades'], triggers: [workout], notes: 'Rowing machine' });
  const deleted = episode({ regions: ['neck'], deletedAt: '2026-11-21T10:00:00.000Z' });
  const all = [desk, gym, deleted];

  it('leaves out deleted episodes even with no filter', () => {
    expect(filterEpisodes(all, NO_FILTER)).toEqual([desk, gym]);
  });

  it('filters by trigger kind and by region', () => {
    expect(filterEpisodes(all, { ...NO_FILTER, triggerKind: 'workout' })).toEqual([gym]);
    expect(filterEpisodes(all, { ...NO_FILTER, region: 'neck' })).toEqual([desk]);
    expect(filterEpisodes(all, { ...NO_FILTER, region: 'neck', triggerKind: 'workout' })).toEqual([]);
  });

  it('searches notes, including trigger notes, ignoring case and accents', () => {
    expect(filterEpisodes(all, { ...NO_FILTER, search: 'DESK' })).toEqual([desk]);
    expect(filterEpisodes(all, { ...NO_FILTER, search: 'deadline' })).toEqual([desk]);
    expect(filterEpisodes([episode({ notes: 'Café' })], { ...NO_FILTER, search: 'cafe' })).toHaveLength(1);
    expect(filterEpisodes(all, { ...NO_FILTER, search: 'rowing machine' })).toEqual([gym]);
  });
});

describe('groupEpisodesByDay', () => {
  it('groups by the local day, newest day and episode first, with the worst pain of each day', () => {
    const lateNight = episode({ startedAt: '2026-11-21T04:30:00.000Z', intensity: 3 }); // 23:30 on the 20th in New York
    const morning = episode({ startedAt: '2026-11-21T14:00:00.000Z', intensity: 4 });
    const evening = episode({ startedAt: '2026-11-21T22:00:00.000Z', intensity: 7 });
    const days = groupEpisodesByDay([lateNight, morning, evening], 'America/New_York');
    expect(days.map((d) => [d.day, d.episodes.map((e) => e.intensity), d.worstIntensity])).toEqual([
      ['2026-11-21', [7, 4], 7],
      ['2026-11-20', [3], 3],
    ]);
  });

  it('returns no days for no episodes', () => {
    expect(groupEpisodesByDay([], 'UTC')).toEqual([]);
  });
});

describe('daysFromLatest', () => {
  // The newest three episodes of a journal of five: the 19th may be only partly read.
  const latest = [
    episode({ startedAt: '2026-11-21T18:00:00.000Z' }),
    episode({ startedAt: '2026-11-20T08:00:00.000Z' }),
    episode({ startedAt: '2026-11-19T20:00:00.000Z' }),
  ];

  it('leaves out the oldest day when more episodes exist than were read', () => {
    expect(daysFromLatest(latest, 5, 'Europe/London').map((d) => d.day)).toEqual([
      '2026-11-21',
      '2026-11-20',
    ]);
  });

  it('keeps every day when the read holds the whole journal', () => {
    expect(daysFromLatest(latest, 3, 'Europe/London').map((d) => d.day)).toEqual([
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
    ]);
  });

  it('keeps a single day even when it may be partial, so the screen is never blank', () => {
    expect(daysFromLatest(latest.slice(0, 1), 5, 'Europe/London').map((d) => d.day)).toEqual(['2026-11-21']);
  });

  it('counts days in the person’s zone (the 19th at 20:00 UTC is the 20th in Auckland)', () => {
    expect(daysFromLatest(latest, 3, 'Pacific/Auckland').map((d) => d.day)).toEqual([
      '2026-11-22',
      '2026-11-20',
    ]);
  });
});

describe('words and durations', () => {
  it('bands pain levels into words', () => {
    expect([0, 1, 3, 4, 6, 7, 10].map(intensityWord)).toEqual([
      'no pain',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'severe',
    ]);
  });

  it('writes durations the way people say them', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(1440)).toBe('1 day');
    expect(formatDuration(3060)).toBe('2 days 3 h');
  });

  it('describes relief from what was recorded', () => {
    const base = { id: 'r', kind: 'heat', medicationName: null, dose: null } as const;
    expect(describeRelief({ ...base, painBefore: 7, painAfter: 4, minutesAfter: 30 })).toBe(
      '7 → 4 after 30 min',
    );
    expect(describeRelief({ ...base, painBefore: 7, painAfter: null, minutesAfter: null })).toBe('7 → ?');
    expect(describeRelief({ ...base, painBefore: null, painAfter: null, minutesAfter: 30 })).toBeNull();
  });
});
