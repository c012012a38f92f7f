import { describe, expect, it } from 'vitest';
import {
  emptyPeriod,
  lastJournalDay,
  rangeWords,
  resolveRange,
  trendsView,
} from '../../../../src/shared/trends';
import { checkIn, episode, LONDON } from './helpers';

// A restored journal whose entries end on 2 December 2025, opened on 21 November 2026.
const TODAY = '2026-11-21';
const episodes = [
  episode('2025-08-05T09:00:00.000Z', 4),
  episode('2025-12-02T09:00:00.000Z', 2),
  episode('2025-12-03T09:00:00.000Z', 6, { deletedAt: '2025-12-04T09:00:00.000Z' }),
];
const checkIns = [checkIn('2025-08-04', { overallPain: 3 }), checkIn('2025-11-30', { overallPain: 1 })];
const journal = { episodes, checkIns, withdrawalPeriods: [] };

describe('lastJournalDay', () => {
  it('is the latest episode or check-in day, ignoring deleted episodes', () => {
    expect(lastJournalDay(episodes, checkIns, LONDON)).toBe('2025-12-02');
    expect(lastJournalDay([], [checkIn('2026-01-01')], LONDON)).toBe('2026-01-01');
    expect(lastJournalDay([], [], LONDON)).toBeNull();
  });
});

describe('an empty period in a journal with entries before it', () => {
  const view = trendsView(journal, resolveRange('30d', TODAY), LONDON);

  it('says nothing was logged and gives the latest entry’s day, with the way to see it', () => {
    expect(view.empty?.text).toBe(
      'Nothing was logged from 23 October 2026 to 21 November 2026. Your latest entry is from 2 December 2025: choose “Show all” to see your whole journal.',
    );
  });

  it('offers no comparison with the empty period before', () => {
    expect(view.hasComparison).toBe(false);
  });

  it('with "All" the period holds the entries, and the days before it have none to compare with', () => {
    const all = trendsView(journal, resolveRange('all', TODAY, { firstDay: '2025-08-04' }), LONDON);
    expect(all.empty).toBeNull();
    expect(all.hasComparison).toBe(false);
    expect(rangeWords(all.range, all.previous, all.hasComparison)).toBe(
      `2025-08-04 to 2026-11-21. Nothing was logged in the period before it (${all.previous.from} to ${all.previous.to}), so there is nothing to compare it with.`,
    );
  });
});

describe('emptyPeriod', () => {
  const range = { from: '2025-01-01', to: '2025-01-31' };
  it('is null when the period has entries, or the journal has none at all', () => {
    expect(emptyPeriod(range, 1, { firstDay: '2024-12-01', lastDay: '2025-01-10' })).toBeNull();
    expect(emptyPeriod(range, 0, { firstDay: null, lastDay: null })).toBeNull();
  });
  it('names the first entry for a period before the journal began', () => {
    expect(emptyPeriod(range, 0, { firstDay: '2025-03-01', lastDay: '2025-04-01' })?.text).toContain(
      'Your first entry is from 1 March 2025',
    );
  });
  it('names both ends for a gap inside the journal', () => {
    expect(emptyPeriod(range, 0, { firstDay: '2024-03-01', lastDay: '2025-04-01' })?.text).toContain(
      'Your entries are from 1 March 2024 to 1 April 2025',
    );
  });
});

describe('rangeWords', () => {
  it('names the period compared with when there is one', () => {
    expect(
      rangeWords({ from: '2026-11-15', to: '2026-11-21' }, { from: '2026-11-08', to: '2026-11-14' }, true),
    ).toBe('2026-11-15 to 2026-11-21, compared with 2026-11-08 to 2026-11-14.');
  });

  it('without a comparison, says the period before was empty, not the whole journal (older days may hold entries)', () => {
    expect(
      rangeWords({ from: '2026-11-04', to: '2026-12-03' }, { from: '2026-10-05', to: '2026-11-03' }, false),
    ).toBe(
      '2026-11-04 to 2026-12-03. Nothing was logged in the period before it (2026-10-05 to 2026-11-03), so there is nothing to compare it with.',
    );
  });
});
