/**
 * The real-shaped journal generator (tests/fixtures/realJournal.ts) itself: its records are ones the app
 * would accept, it has the shapes real journals have, and its counterfactual twin differs only in pain,
 * which is what makes effectOnRecorded a fair truth for the validation.
 */
import { describe, expect, it } from 'vitest';
import { buildDailyTable } from '../../../../src/shared/analysis/dailyTable';
import { checkInSchema } from '../../../../src/shared/checkIns';
import { addCalendarDays, dayNumber } from '../../../../src/shared/dates';
import { startDayOf } from '../../../../src/shared/episodeStart';
import { episodeSchema } from '../../../../src/shared/model';
import {
  REAL_SCENARIOS,
  effectOnRecorded,
  isClockChangeDay,
  localTimeToIso,
  realJournal,
  type RealJournal,
} from '../../../fixtures/realJournal';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const journals = SEEDS.map((seed) => realJournal(REAL_SCENARIOS['no-effect'], seed, 120));
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function episodesPerDay(journal: RealJournal): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of journal.episodes) {
    const day = startDayOf(e, journal.timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

describe('real-shaped journals', () => {
  it('are records the app accepts: episodes and check-ins pass the schemas, ids are lower-case uuids', () => {
    for (const name of ['no-effect', 'withdrawal', 'rowing-next-day'] as const) {
      for (const seed of [1, 2, 3]) {
        const journal = realJournal(REAL_SCENARIOS[name], seed, 120);
        for (const e of journal.episodes) {
          expect(episodeSchema.parse(e)).toEqual(e);
          expect(e.id).toMatch(LOWER_UUID);
          for (const r of e.remedies) expect(r.id).toMatch(LOWER_UUID);
        }
        for (const c of journal.checkIns) expect(checkInSchema.parse(c)).toEqual(c);
        expect((journal.checkIns.at(-1)?.day ?? journal.today) <= journal.today).toBe(true);
      }
    }
  });

  it('misses check-ins in runs of several days, not only one at a time', () => {
    const longestGaps = journals.map((journal) => {
      const numbers = journal.checkIns.map((c) => dayNumber(c.day));
      return Math.max(...numbers.slice(1).map((n, i) => n - (numbers[i] ?? n) - 1));
    });
    expect(longestGaps.filter((gap) => gap >= 3).length).toBeGreaterThan(journals.length / 2);
  });

  it('has no episode on many days, one on some, and two or three on a few', () => {
    let one = 0;
    let several = 0;
    let checkInDays = 0;
    for (const journal of journals) {
      const perDay = episodesPerDay(journal);
      for (const c of journal.checkIns) {
        checkInDays += 1;
        const count = perDay.get(c.day) ?? 0;
        if (count === 1) one += 1;
        if (count >= 2) several += 1;
        expect(count).toBeLessThanOrEqual(3);
      }
    }
    expect(one / checkInDays).toBeGreaterThan(0.15);
    expect(several / checkInDays).toBeGreaterThan(0.01);
    expect((one + several) / checkInDays).toBeLessThan(0.75);
  });

  it('rates pain in whole numbers: intensities 1-10, overall pain 0-10, remedies before and after', () => {
    for (const journal of journals) {
      for (const e of journal.episodes) {
        expect(Number.isInteger(e.intensity) && e.intensity >= 1 && e.intensity <= 10).toBe(true);
        for (const r of e.remedies) {
          expect(Number.isInteger(r.painBefore) && Number.isInteger(r.painAfter)).toBe(true);
          expect(r.minutesAfter).toBeGreaterThanOrEqual(30);
          expect(r.minutesAfter).toBeLessThanOrEqual(180);
        }
      }
    }
    // A quarter of people never rate overall pain; some never record sleep hours.
    const rates = journals.map((j) => j.checkIns.filter((c) => c.overallPain !== null).length);
    expect(rates.filter((n) => n === 0).length).toBeGreaterThan(2);
    expect(rates.filter((n) => n > 0).length).toBeGreaterThan(20);
    expect(journals.some((j) => j.checkIns.every((c) => c.sleepHours === null))).toBe(true);
  });

  it('converts local wall times to UTC across clock changes', () => {
    expect(localTimeToIso('2026-03-29', 9 * 60, 'Europe/London')).toBe('2026-03-29T08:00:00.000Z');
    expect(localTimeToIso('2026-03-28', 9 * 60, 'Europe/London')).toBe('2026-03-28T09:00:00.000Z');
    expect(localTimeToIso('2026-03-08', 9 * 60, 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
    expect(localTimeToIso('2026-04-05', 9 * 60, 'Australia/Sydney')).toBe('2026-04-04T23:00:00.000Z');
    expect(localTimeToIso('2026-09-27', 9 * 60, 'Pacific/Auckland')).toBe('2026-09-26T20:00:00.000Z');
    expect(localTimeToIso('2026-07-01', 23 * 60 + 50, 'Asia/Kolkata')).toBe('2026-07-01T18:20:00.000Z');
    expect(isClockChangeDay('2026-10-25', 'Europe/London')).toBe(true);
    expect(isClockChangeDay('2026-10-26', 'Europe/London')).toBe(false);
  });

  it('puts some episodes on a clock-change day, on the local day they were meant for', () => {
    const onChangeDay = journals.filter((journal) =>
      journal.episodes.some((e) => isClockChangeDay(startDayOf(e, journal.timeZone), journal.timeZone)),
    );
    expect(onChangeDay.length).toBeGreaterThan(0);
    // Episodes are written at local times of a journal day, so the app finds them within the journal.
    for (const journal of journals) {
      const first = addCalendarDays(journal.today, -119);
      for (const e of journal.episodes) {
        const day = startDayOf(e, journal.timeZone);
        expect(day >= first && day <= journal.today).toBe(true);
      }
    }
  });

  it('gives most people two workout types on a weekday schedule, some one, some none', () => {
    const typeCounts = journals.map(
      (j) => new Set(j.checkIns.map((c) => c.workout).filter((w) => w !== null && w !== 'none')).size,
    );
    expect(typeCounts.filter((n) => n >= 2).length).toBeGreaterThan(journals.length / 2);
    expect(typeCounts.some((n) => n === 0)).toBe(true);
  });

  it('is the same journal for the same seed, and another for another seed', () => {
    const scenario = REAL_SCENARIOS['proxy-two-types'];
    expect(realJournal(scenario, 7, 60)).toEqual(realJournal(scenario, 7, 60));
    expect(realJournal(scenario, 7, 60)).not.toEqual(realJournal(scenario, 8, 60));
  });

  it('has a counterfactual world (effect 0) that differs only in pain', () => {
    for (const name of ['sleep', 'rowing-next-day', 'withdrawal'] as const) {
      for (const seed of [1, 2, 3, 4]) {
        const withEffect = realJournal(REAL_SCENARIOS[name], seed, 120, 1);
        const without = realJournal(REAL_SCENARIOS[name], seed, 120, 0);
        const strip = (j: RealJournal) => j.checkIns.map(({ overallPain: _pain, ...rest }) => rest);
        expect(strip(without)).toEqual(strip(withEffect));
        expect([without.timeZone, without.today]).toEqual([withEffect.timeZone, withEffect.today]);
        // The same episode slot is at the same time in the same places in both worlds.
        const byId = new Map(without.episodes.map((e) => [e.id, e]));
        const shared = withEffect.episodes.filter((e) => byId.has(e.id));
        expect(shared.length).toBeGreaterThan(0);
        for (const e of shared) {
          const other = byId.get(e.id);
          expect([other?.startedAt, other?.endedAt, other?.regions]).toEqual([
            e.startedAt,
            e.endedAt,
            e.regions,
          ]);
        }
        // The daily tables have the same rows and exposures; only pain may differ, and it does somewhere.
        const rows1 = buildDailyTable(withEffect);
        const rows0 = buildDailyTable(without);
        const exposures = (rows: typeof rows1) =>
          rows.map(({ pain: _p, episodeStarted: _e, ...rest }) => rest);
        expect(exposures(rows0)).toEqual(exposures(rows1));
        expect(rows1.some((row, i) => row.pain !== rows0[i]?.pain)).toBe(true);
      }
    }
  });

  it('measures a positive recorded effect of a planted factor and none without one', () => {
    expect(effectOnRecorded(REAL_SCENARIOS['no-effect'], 1, 120)).toBe(0);
    const effects = [1, 2, 3, 4, 5].map((seed) => effectOnRecorded(REAL_SCENARIOS.sleep, seed, 120) ?? 0);
    expect(Math.min(...effects)).toBeGreaterThan(0.5);
  });
});
