/**
 * The journal's mark read from the indexes equals the mark of the rows a whole read brought in, and
 * changes with every change a person makes; the kept Insights answer comes back only for the same
 * journal; and the entries Trends reads on its own are those the whole journal has from that day.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeJournal } from '../../../src/shared/analysis';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { listCheckIns } from '../../../src/renderer/src/journal/checkInReads';
import { saveCheckIn } from '../../../src/renderer/src/journal/checkIns';
import {
  deleteEpisode,
  listEpisodes,
  saveEpisode,
  undoDeleteEpisode,
} from '../../../src/renderer/src/journal/episodes';
import {
  insightsKey,
  keepInsights,
  readKeptInsights,
  writtenWholesale,
  type InsightsKeyParts,
} from '../../../src/renderer/src/journal/insightsCache';
import {
  checkInsMarkOf,
  episodesMarkOf,
  readJournalMarks,
} from '../../../src/renderer/src/journal/journalMark';
import { readTrendsSlice } from '../../../src/renderer/src/journal/trendsReads';
import { firstJournalDay, lastJournalDay } from '../../../src/shared/trends';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../../fixtures/insightsJournal';
import { syntheticEpisodes, toStoredRows } from '../../fixtures/syntheticJournal';

const TODAY = '2026-06-30';
let db: JournalDatabase;

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

async function seed() {
  const { checkIns } = syntheticJournalForInsights({ ...BASE_SCENARIO, days: 170 }, 5);
  const episodes = syntheticEpisodes({
    seed: 5,
    episodes: 600,
    until: new Date(`${TODAY}T20:00:00Z`),
    days: 400,
  });
  const rows = toStoredRows(episodes);
  await db.transaction('rw', db.tables, async () => {
    await db.episodes.bulkPut(rows.episodes);
    await db.episodeTriggers.bulkPut(rows.episodeTriggers);
    await db.remediesTried.bulkPut(rows.remediesTried);
    await db.checkIns.bulkPut(checkIns);
  });
  return episodes;
}

/** The mark the whole reads carry, as the app's Insights provider works it out. */
async function marksFromWholeRead() {
  const [episodes, checkIns] = await Promise.all([listEpisodes(db), listCheckIns(db)]);
  return {
    episodes: episodesMarkOf(episodes),
    checkIns: checkInsMarkOf(checkIns),
    checkInsUpToToday: checkIns.filter((c) => c.day <= TODAY).length,
  };
}

beforeEach(async () => {
  db = new JournalDatabase(`kept-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("the journal's mark", () => {
  it('is the same from the indexes as from a whole read, after every kind of change, and changes each time', async () => {
    const episodes = await seed();
    const seen = new Set<string>();
    const check = async () => {
      const fromIndexes = await readJournalMarks(db, TODAY);
      expect(await marksFromWholeRead()).toEqual(fromIndexes);
      const text = JSON.stringify(fromIndexes);
      expect(seen.has(text)).toBe(false);
      seen.add(text);
    };
    await check();
    const [first, second, , , , sixth] = episodes;
    if (!first || !second || !sixth) throw new Error('the seed has episodes');
    await deleteEpisode(db, first.id, new Date('2026-07-01T09:00:00Z'));
    await check();
    await deleteEpisode(db, second.id, new Date('2026-07-01T09:05:00Z'));
    await check();
    // With the first brought back, one is deleted, as after the first delete: the stamps tell them apart.
    await undoDeleteEpisode(db, first.id);
    await check();
    const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = sixth;
    await saveEpisode(db, { ...input, intensity: 1 } as never, {
      now: new Date('2026-07-01T10:00:00Z'),
      newId: () => crypto.randomUUID(),
    });
    await check();
    const stored = await db.checkIns.toArray();
    const { createdAt: _cc, updatedAt: _cu, ...checkIn } = stored[3] ?? stored[0] ?? ({} as never);
    await saveCheckIn(db, { ...checkIn, stress: 9 }, new Date('2026-07-01T11:00:00Z'));
    await check();
    // Reading changes nothing.
    expect(JSON.stringify(await readJournalMarks(db, TODAY))).toBe([...seen].pop());
  });

  it('counts only the check-ins up to today', async () => {
    await seed();
    const marks = await readJournalMarks(db, '2026-02-01');
    expect(marks.checkInsUpToToday).toBeLessThan(marks.checkIns.rows);
    expect(marks.checkInsUpToToday).toBe(await db.checkIns.where('day').belowOrEqual('2026-02-01').count());
  });
});

describe('the kept Insights answer', () => {
  const parts = (episodesRows: number): InsightsKeyParts => ({
    journalName: 'j',
    timeZone: 'Europe/London',
    episodes: { rows: episodesRows, lastChange: '2026-06-30T10:00:00.000Z', deleted: '0:811c9dc5' },
    checkIns: { rows: 3, lastChange: '2026-06-30T21:00:00.000Z' },
    checkInsUpToToday: 3,
    ownFactors: [],
    waterUnit: 'litres',
  });

  it('comes back whole, numbers that JSON has no words for included, for the same journal only', async () => {
    const storage = new MemoryStorage();
    const episodes = await seed();
    const insights = analyzeJournal({
      episodes,
      checkIns: await listCheckIns(db),
      timeZone: 'Europe/London',
      today: TODAY,
      ownFactors: [],
      waterUnit: 'litres',
    });
    const withOddNumbers = { ...insights, odd: [Number.NaN, Infinity, -Infinity] };
    const key = insightsKey(parts(10), storage);
    keepInsights(storage, key, withOddNumbers as never);
    expect(readKeptInsights(storage, key)).toEqual(withOddNumbers);
    expect(readKeptInsights(storage, insightsKey(parts(11), storage))).toBeUndefined();
  });

  it('stops matching after a restore or import', () => {
    const storage = new MemoryStorage();
    const key = insightsKey(parts(10), storage);
    keepInsights(storage, key, { episodes: 1 } as never);
    writtenWholesale(storage);
    expect(insightsKey(parts(10), storage)).not.toBe(key);
    expect(readKeptInsights(storage, key)).toBeUndefined();
  });

  it('is simply not kept when storage is full', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => keepInsights(storage, 'k', { episodes: 1 } as never)).not.toThrow();
    expect(readKeptInsights(storage, 'k')).toBeUndefined();
  });
});

describe("Trends' own first read", () => {
  for (const timeZone of ['Europe/London', 'Pacific/Auckland']) {
    it(`has the whole journal's entries from its day on, and its first and last days (${timeZone})`, async () => {
      await seed();
      const oldest = (await listEpisodes(db)).at(-1);
      if (oldest) await deleteEpisode(db, oldest.id, new Date('2026-07-01T09:00:00Z'));
      const [episodes, checkIns] = await Promise.all([listEpisodes(db), listCheckIns(db)]);
      const slice = await readTrendsSlice(db, '2026-05-01', timeZone);
      expect(slice.episodes).toEqual(episodes.filter((e) => e.startedAt >= '2026-05-01T00:00'));
      expect(slice.checkIns).toEqual(checkIns.filter((c) => c.day >= '2026-05-01'));
      expect(slice.episodes.length).toBeGreaterThan(50);
      expect(slice.span).toEqual({
        firstDay: firstJournalDay(episodes, checkIns, timeZone),
        lastDay: lastJournalDay(episodes, checkIns, timeZone),
      });
    });
  }
});
