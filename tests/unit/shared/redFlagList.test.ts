import { describe, expect, it } from 'vitest';
import type { Episode } from '../../../src/shared/model';
import { redFlagsInRange } from '../../../src/shared/redFlagList';

function episode(
  id: string,
  startedAt: string,
  redFlags: Episode['redFlags'],
  deletedAt: string | null = null,
): Episode {
  return {
    id,
    startedAt,
    endedAt: null,
    intensity: 6,
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [],
    redFlags,
    notes: '',
    createdAt: startedAt,
    updatedAt: startedAt,
    deletedAt,
    followUp: null,
    followUpSnoozedUntil: null,
    followUpDismissedAt: null,
  };
}

describe('redFlagsInRange', () => {
  const episodes = [
    episode('a', '2026-11-02T10:00:00.000Z', ['fever-chills']),
    episode('b', '2026-11-10T10:00:00.000Z', ['night-rest-pain', 'breathing-difficulty']),
    episode('c', '2026-11-15T23:30:00.000Z', ['weight-loss']), // 16 November in Tokyo
    episode('d', '2026-11-12T10:00:00.000Z', ['fever-chills'], '2026-11-13T10:00:00.000Z'),
    episode('e', '2026-10-20T10:00:00.000Z', ['fever-chills']),
    episode('f', '2026-11-11T10:00:00.000Z', []),
  ];

  it('lists signs in the range, emergencies first, then newest first, leaving out deleted episodes', () => {
    const list = redFlagsInRange(episodes, { from: '2026-11-01', to: '2026-11-30' }, 'Europe/London');
    expect(list.map((f) => [f.day, f.flag, f.urgency])).toEqual([
      ['2026-11-10', 'breathing-difficulty', 'emergency'],
      ['2026-11-15', 'weight-loss', 'soon'],
      ['2026-11-10', 'night-rest-pain', 'soon'],
      ['2026-11-02', 'fever-chills', 'soon'],
    ]);
    expect(list[0]).toMatchObject({ label: 'Difficulty breathing', episodeId: 'b', intensity: 6 });
  });

  it('uses the local day for the range edges', () => {
    const tokyo = redFlagsInRange(episodes, { from: '2026-11-16', to: '2026-11-16' }, 'Asia/Tokyo');
    expect(tokyo.map((f) => f.episodeId)).toEqual(['c']);
    expect(redFlagsInRange(episodes, { from: '2026-11-16', to: '2026-11-16' }, 'Europe/London')).toEqual([]);
  });
});
