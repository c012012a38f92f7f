import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInInput } from '../../../src/shared/checkIns';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { getCheckIn, listCheckIns, saveCheckIn } from '../../../src/renderer/src/journal/checkIns';
import {
  listActivities,
  listMeasures,
  saveActivities,
  saveMeasure,
} from '../../../src/renderer/src/journal/measures';
import {
  deleteWithdrawalPeriod,
  getSettings,
  listWithdrawalPeriods,
  saveSettings,
  saveWithdrawalPeriod,
} from '../../../src/renderer/src/journal/settings';

let db: JournalDatabase;
let counter = 0;
const newId = () => `id-${(counter += 1)}`;

beforeEach(async () => {
  db = new JournalDatabase(`ci-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const nothingRecorded: CheckInInput = {
  day: '2026-11-20',
  sleepHours: null,
  sleepQuality: null,
  waterLitres: null,
  stress: null,
  deskHours: null,
  workout: null,
  workoutEffort: null,
  withdrawalSubstance: null,
  withdrawalDay: null,
  overallPain: null,
  mood: null,
  energy: null,
  ownValues: {},
  notes: '',
};

describe('check-ins', () => {
  it('keeps "not recorded" apart from 0', async () => {
    await saveCheckIn(db, { ...nothingRecorded, stress: 0 }, new Date('2026-11-20T21:00:00Z'));
    const stored = await getCheckIn(db, '2026-11-20');
    expect(stored?.stress).toBe(0);
    expect(stored?.overallPain).toBeNull();
    expect(stored?.sleepHours).toBeNull();
  });

  it('has one check-in per day: saving again updates it and keeps its creation time', async () => {
    await saveCheckIn(db, { ...nothingRecorded, overallPain: 4 }, new Date('2026-11-20T21:00:00Z'));
    await saveCheckIn(db, { ...nothingRecorded, overallPain: 6 }, new Date('2026-11-21T08:00:00Z'));
    const all = await listCheckIns(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      overallPain: 6,
      mood: null,
      energy: null,
      ownValues: {},
      createdAt: '2026-11-20T21:00:00.000Z',
      updatedAt: '2026-11-21T08:00:00.000Z',
    });
  });

  it('refuses out-of-range values without writing', async () => {
    await expect(saveCheckIn(db, { ...nothingRecorded, stress: 11 }, new Date())).rejects.toThrow();
    await expect(saveCheckIn(db, { ...nothingRecorded, day: '2026-02-30' }, new Date())).rejects.toThrow();
    expect(await db.checkIns.count()).toBe(0);
  });

  it('lists newest day first', async () => {
    await saveCheckIn(db, { ...nothingRecorded, day: '2026-11-18' }, new Date());
    await saveCheckIn(db, { ...nothingRecorded, day: '2026-11-20' }, new Date());
    await saveCheckIn(db, { ...nothingRecorded, day: '2026-11-19' }, new Date());
    expect((await listCheckIns(db)).map((c) => c.day)).toEqual(['2026-11-20', '2026-11-19', '2026-11-18']);
  });
});

describe('PSFS activities and measures', () => {
  it('needs 3 to 5 named activities', async () => {
    const now = new Date('2026-11-01T10:00:00Z');
    await expect(
      saveActivities(db, [{ name: 'Lifting' }, { name: ' ' }, { name: 'Desk' }], now, newId),
    ).rejects.toThrow('Name 3 to 5 activities.');
    expect(await db.psfsActivities.count()).toBe(0);
  });

  it('retires an activity left out, keeping it for earlier ratings, and keeps ids when renaming', async () => {
    const first = await saveActivities(
      db,
      [
        { name: 'Lifting my child' },
        { name: 'Sitting at my desk for an hour' },
        { name: 'Sleeping on my side' },
      ],
      new Date('2026-11-01T10:00:00Z'),
      newId,
    );
    const [lifting, desk] = first;
    if (!lifting || !desk) throw new Error('activities not saved');
    await saveActivities(
      db,
      [
        { id: lifting.id, name: 'Lifting my son' },
        { id: desk.id, name: desk.name },
        { name: 'Reversing the car' },
      ],
      new Date('2026-11-08T10:00:00Z'),
      newId,
    );
    const all = await listActivities(db);
    expect(all.map((a) => [a.name, a.retiredAt])).toEqual([
      ['Lifting my son', null],
      ['Sitting at my desk for an hour', null],
      ['Reversing the car', null],
      ['Sleeping on my side', '2026-11-08T10:00:00.000Z'],
    ]);
  });

  it('keeps activities in the order they were written', async () => {
    const names = ['Zipping a coat', 'Awkward reach', 'Mowing the lawn', 'Brushing hair', 'Carrying bags'];
    await saveActivities(
      db,
      names.map((name) => ({ name })),
      new Date('2026-11-01T10:00:00Z'),
      () => crypto.randomUUID(),
    );
    expect((await listActivities(db)).map((a) => a.name)).toEqual(names);
  });

  it('stores PSFS and PEG-3 ratings and lists them oldest first', async () => {
    await saveMeasure(db, {
      id: 'm2',
      kind: 'peg3',
      day: '2026-11-08',
      takenAt: '2026-11-08T10:00:00.000Z',
      pain: 5,
      enjoyment: 4,
      activity: 6,
    });
    await saveMeasure(db, {
      id: 'm1',
      kind: 'psfs',
      day: '2026-11-01',
      takenAt: '2026-11-01T10:00:00.000Z',
      ratings: [{ activityId: 'a', score: 3 }],
    });
    expect((await listMeasures(db)).map((m) => m.id)).toEqual(['m1', 'm2']);
    await expect(
      saveMeasure(db, {
        id: 'bad',
        kind: 'peg3',
        day: '2026-11-08',
        takenAt: 'x',
        pain: 11,
        enjoyment: 0,
        activity: 0,
      }),
    ).rejects.toThrow();
  });
});

describe('settings and withdrawal periods', () => {
  it('starts from the defaults and saves changes', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { waterUnit: 'litres' });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, waterUnit: 'litres' });
  });

  it('saves, lists (latest quit first) and deletes withdrawal periods', async () => {
    await saveWithdrawalPeriod(db, {
      id: 'p1',
      substance: 'alcohol',
      quitDay: '2026-01-05',
      endDay: '2026-02-01',
    });
    await saveWithdrawalPeriod(db, { id: 'p2', substance: 'nicotine', quitDay: '2026-10-01', endDay: null });
    expect((await listWithdrawalPeriods(db)).map((p) => p.id)).toEqual(['p2', 'p1']);
    await expect(
      saveWithdrawalPeriod(db, {
        id: 'p3',
        substance: 'alcohol',
        quitDay: '2026-10-01',
        endDay: '2026-09-01',
      }),
    ).rejects.toThrow();
    await deleteWithdrawalPeriod(db, 'p1');
    expect((await listWithdrawalPeriods(db)).map((p) => p.id)).toEqual(['p2']);
  });
});
