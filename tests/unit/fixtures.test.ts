import { describe, expect, it } from 'vitest';
import { episodeSchema } from '../../src/shared/model';
import { syntheticEpisodes, toStoredRows } from '../fixtures/syntheticJournal';

describe('synthetic journal', () => {
  const options = { seed: 7, episodes: 500, until: new Date('2026-11-21T12:00:00Z'), days: 365 };

  it('gives the same journal for the same seed', () => {
    expect(syntheticEpisodes(options)).toEqual(syntheticEpisodes(options));
    expect(syntheticEpisodes({ ...options, seed: 8 })).not.toEqual(syntheticEpisodes(options));
  });

  it('makes only episodes the app would accept', () => {
    for (const episode of syntheticEpisodes(options))
      expect(() => episodeSchema.parse(episode)).not.toThrow();
  });

  it('splits episodes into stored rows without losing any trigger or remedy', () => {
    const episodes = syntheticEpisodes(options);
    const rows = toStoredRows(episodes);
    expect(rows.episodes).toHaveLength(500);
    expect(rows.episodeTriggers).toHaveLength(episodes.reduce((n, e) => n + e.triggers.length, 0));
    expect(rows.remediesTried).toHaveLength(episodes.reduce((n, e) => n + e.remedies.length, 0));
  });
});
