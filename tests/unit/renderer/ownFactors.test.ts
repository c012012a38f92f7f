import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import {
  OwnFactorRefused,
  archiveOwnFactor,
  bringBackOwnFactor,
  createOwnFactor,
  listOwnFactors,
  renameOwnFactor,
} from '../../../src/renderer/src/journal/ownFactors';
import { saveCheckIn } from '../../../src/renderer/src/journal/checkIns';
import { MAX_OWN_FACTORS } from '../../../src/shared/ownFactors';
import { checkIn } from '../../fixtures/builders';

let db: JournalDatabase;
let name: string;
const at = (iso: string) => () => new Date(iso);

beforeEach(async () => {
  name = `own-${Math.random()}`;
  db = new JournalDatabase(name);
  await db.open();
});
afterEach(() => db.delete());

async function refusal(promise: Promise<unknown>): Promise<OwnFactorRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OwnFactorRefused)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('own factors', () => {
  it('adds a number factor with its unit, and a yes/no factor without one', async () => {
    const coffee = await createOwnFactor(
      db,
      { name: '  Cups of coffee ', kind: 'number', unit: 'cups' },
      at('2026-11-20T08:00:00.000Z'),
    );
    const backpack = await createOwnFactor(
      db,
      { name: 'Carried a backpack', kind: 'yes-no', unit: 'ignored' },
      at('2026-11-20T08:01:00.000Z'),
    );
    expect(coffee).toMatchObject({ name: 'Cups of coffee', kind: 'number', unit: 'cups', archivedAt: null });
    expect(backpack.unit).toBeNull();
    expect((await listOwnFactors(db)).map((f) => f.name)).toEqual(['Cups of coffee', 'Carried a backpack']);
  });

  it('refuses a name an active factor already has, whatever its case, and an empty one', async () => {
    await createOwnFactor(db, { name: 'Coffee', kind: 'rating', unit: '' });
    const clash = await refusal(createOwnFactor(db, { name: 'COFFEE ', kind: 'number', unit: '' }));
    expect(clash.field).toBe('name');
    expect(clash.message).toMatch(/already track “Coffee”/);
    expect((await refusal(createOwnFactor(db, { name: '   ', kind: 'yes-no', unit: '' }))).field).toBe(
      'name',
    );
    expect(await listOwnFactors(db)).toHaveLength(1);
  });

  it(`stops at ${MAX_OWN_FACTORS} active factors; archiving one makes room`, async () => {
    for (let i = 0; i < MAX_OWN_FACTORS; i += 1)
      await createOwnFactor(db, { name: `Factor ${i}`, kind: 'yes-no', unit: '' });
    const full = await refusal(createOwnFactor(db, { name: 'One more', kind: 'yes-no', unit: '' }));
    expect(full.message).toMatch(/Archive one first/);
    const [first] = await listOwnFactors(db);
    if (!first) throw new Error('expected the factors to be there');
    await archiveOwnFactor(db, first.id);
    await createOwnFactor(db, { name: 'One more', kind: 'yes-no', unit: '' });
    // Bringing the archived one back would make 21.
    expect((await refusal(bringBackOwnFactor(db, first.id))).field).toBe('factor');
  });

  it('renames keeping the id, so values recorded under it stay with it', async () => {
    const coffee = await createOwnFactor(db, { name: 'Coffee', kind: 'number', unit: 'cups' });
    await saveCheckIn(
      db,
      checkIn('2026-11-20', { ownValues: { [coffee.id]: 3 } }),
      new Date('2026-11-20T20:00:00.000Z'),
    );
    const renamed = await renameOwnFactor(db, coffee.id, 'Cups of coffee', at('2026-11-21T09:00:00.000Z'));
    expect(renamed).toMatchObject({ id: coffee.id, name: 'Cups of coffee', unit: 'cups' });
    expect(renamed.updatedAt).toBe('2026-11-21T09:00:00.000Z');
    expect((await db.checkIns.get('2026-11-20'))?.ownValues).toEqual({ [coffee.id]: 3 });
  });

  it('archives and brings back, keeping the values; a name taken meanwhile blocks bringing it back', async () => {
    const coffee = await createOwnFactor(db, { name: 'Coffee', kind: 'number', unit: 'cups' });
    await saveCheckIn(
      db,
      checkIn('2026-11-20', { ownValues: { [coffee.id]: 2 } }),
      new Date('2026-11-20T20:00:00.000Z'),
    );
    const archived = await archiveOwnFactor(db, coffee.id, at('2026-11-22T10:00:00.000Z'));
    expect(archived.archivedAt).toBe('2026-11-22T10:00:00.000Z');
    expect((await db.checkIns.get('2026-11-20'))?.ownValues).toEqual({ [coffee.id]: 2 });

    const other = await createOwnFactor(db, { name: 'coffee', kind: 'yes-no', unit: '' });
    expect((await refusal(bringBackOwnFactor(db, coffee.id))).message).toMatch(/already track “coffee”/);
    await archiveOwnFactor(db, other.id);
    expect((await bringBackOwnFactor(db, coffee.id)).archivedAt).toBeNull();
  });

  it('shows a rename made in one window in another window', async () => {
    const coffee = await createOwnFactor(db, { name: 'Coffee', kind: 'number', unit: 'cups' });
    const otherWindow = new JournalDatabase(name);
    await otherWindow.open();
    const seen: string[][] = [];
    const subscription = liveQuery(() => listOwnFactors(otherWindow)).subscribe((factors) =>
      seen.push(factors.map((f) => f.name)),
    );
    await expect.poll(() => seen.at(-1)).toEqual(['Coffee']);
    await renameOwnFactor(db, coffee.id, 'Cups of coffee');
    await expect.poll(() => seen.at(-1)).toEqual(['Cups of coffee']);
    subscription.unsubscribe();
    otherWindow.close();
  });
});
