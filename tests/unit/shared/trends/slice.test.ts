/**
 * Trends opens on the entries around its first period (trendsSliceFrom) before the whole journal is in;
 * given the Insights factors and the journal's first and last days, that part must draw exactly what the
 * whole journal draws.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJournalFactors } from '../../../../src/shared/analysis';
import type { Episode } from '../../../../src/shared/model';
import {
  firstJournalDay,
  lastJournalDay,
  resolveRange,
  trendsSliceFrom,
  trendsView,
  type RangePreset,
  type TrendsJournal,
} from '../../../../src/shared/trends';
import type { WithdrawalPeriod } from '../../../../src/shared/withdrawal';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../../../fixtures/insightsJournal';
import { syntheticEpisodes } from '../../../fixtures/syntheticJournal';

const TODAY = '2027-12-31';

function journalOf(seed: number, withdrawal: WithdrawalPeriod | null): TrendsJournal {
  // Two years of check-ins with gaps (from 5 January 2026), their pain episodes, and other episodes with triggers and
  // remedies at any hour; a few deleted.
  const { checkIns, episodes } = syntheticJournalForInsights({ ...BASE_SCENARIO, days: 730 }, seed);
  const more: Episode[] = syntheticEpisodes({
    seed,
    episodes: 1500,
    until: new Date(`${TODAY}T22:00:00.000Z`),
    days: 760,
  }).map((episode, index) => (index % 37 === 0 ? { ...episode, deletedAt: episode.updatedAt } : episode));
  return {
    episodes: [...episodes, ...more].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1)),
    checkIns,
    withdrawalPeriods: withdrawal ? [withdrawal] : [],
    ownFactors: [],
    waterUnit: 'litres',
  };
}

function sliceOf(journal: TrendsJournal, from: string): TrendsJournal {
  return {
    ...journal,
    episodes: journal.episodes.filter((e) => e.startedAt >= `${from}T00:00`),
    checkIns: journal.checkIns.filter((c) => c.day >= from),
  };
}

const PERIOD: WithdrawalPeriod = {
  id: 'd0d0d0d0-0000-4000-8000-000000000001',
  substance: 'nicotine',
  quitDay: '2027-10-10',
  endDay: null,
  createdAt: '2027-10-10T08:00:00.000Z',
} as WithdrawalPeriod;

describe('a Trends view from the entries around its range', () => {
  for (const timeZone of ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles']) {
    for (const withdrawal of [null, PERIOD]) {
      it(`equals the whole journal's view in ${timeZone}${withdrawal ? ' with a withdrawal' : ''}`, () => {
        const journal = journalOf(7, withdrawal);
        const { factors } = analyzeJournalFactors({
          episodes: [...journal.episodes],
          checkIns: [...journal.checkIns],
          timeZone,
          today: TODAY,
          ownFactors: [],
          waterUnit: 'litres',
        });
        const span = {
          firstDay: firstJournalDay(journal.episodes, journal.checkIns, timeZone),
          lastDay: lastJournalDay(journal.episodes, journal.checkIns, timeZone),
        };
        for (const preset of ['7d', '30d', '90d'] as RangePreset[]) {
          const range = resolveRange(preset, TODAY);
          const from = trendsSliceFrom(range, journal.withdrawalPeriods);
          const slice = sliceOf(journal, from);
          // The part is much smaller than the journal, or this would prove little.
          expect(slice.episodes.length).toBeLessThan(journal.episodes.length / 2);
          const whole = trendsView(journal, range, timeZone);
          const part = trendsView(slice, range, timeZone, {
            factors: { to: TODAY, factors: factors.factors },
            span,
          });
          expect(part).toEqual(whole);
        }
      });
    }
  }

  it('starts from the quit day when a withdrawal began before the periods', () => {
    const range = resolveRange('30d', TODAY);
    expect(trendsSliceFrom(range, [])).toBe('2027-10-25');
    expect(trendsSliceFrom(range, [PERIOD])).toBe('2027-10-09');
  });

  it('works the factors out itself for a range ending on another day', () => {
    const journal = journalOf(3, null);
    const range = { from: '2027-02-01', to: '2027-02-28' };
    const whole = trendsView(journal, range, 'Europe/London');
    const wrong = trendsView(journal, range, 'Europe/London', { factors: { to: TODAY, factors: [] } });
    expect(wrong).toEqual(whole);
  });
});
