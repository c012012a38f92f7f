import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch } from '@shared/sync/codec';
import type { ScryptParams, SyncKey } from '@shared/sync/crypto';
import { createKeyCheck, newDeviceId, unlock } from '@shared/sync/crypto';
import type { SyncFolderFs } from '../../../../src/main/sync/syncFolder';
import {
  createSyncFolder,
  nodeSyncFolderFs,
  parseSyncFileName,
  syncFileName,
} from '../../../../src/main/sync/syncFolder';

const FAST: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, dkLen: 32 };
const PASSPHRASE = 'kettle orchard quietly lantern';

let base: string;
let syncRoot: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'ubj-sync-'));
  syncRoot = join(base, 'Sync');
  await mkdir(syncRoot);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Every file under the folder with its bytes, to show that something changed nothing. */
async function treeOf(folder: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree[relative(folder, path)] = (await readFile(path)).toString('base64');
  }
  return tree;
}

function episode(id: string, device: string, intensity: number): unknown {
  return { table: 'episodes', id, hlc: `1767225600000-000000-${device}`, base: null, value: { intensity } };
}

/** One computer: its own app data folder, its own id, the shared sync folder. */
async function computer(
  name: string,
): Promise<{ id: string; appData: string; folder: ReturnType<typeof createSyncFolder> }> {
  const appData = join(base, name);
  await mkdir(appData);
  return { id: newDeviceId(), appData, folder: createSyncFolder(syncRoot) };
}

async function setUpTwo(): Promise<{
  laptop: Awaited<ReturnType<typeof computer>>;
  desk: Awaited<ReturnType<typeof computer>>;
  key: SyncKey;
}> {
  const laptop = await computer('laptop');
  const desk = await computer('desk');
  const created = await createKeyCheck(PASSPHRASE, FAST);
  expect(await laptop.folder.startSyncFolder(created.keyCheckText)).toEqual({ ok: true });
  const keyCheck = await desk.folder.readKeyCheck();
  if (!keyCheck.ok) throw new Error('no key check');
  const unlocked = await unlock(PASSPHRASE, keyCheck.text);
  if (!unlocked.ok) throw new Error('desk could not unlock');
  return { laptop, desk, key: unlocked.key };
}

describe('the sync folder shared by two computers', () => {
  it("lets each computer write its own changes and read the other's", async () => {
    const { laptop, desk, key } = await setUpTwo();
    const fromLaptop = { device: laptop.id, seq: 1, changes: [episode('e1', laptop.id, 6)] };
    const fromDesk = { device: desk.id, seq: 1, changes: [episode('e2', desk.id, 3)] };
    expect(await laptop.folder.sendChanges(laptop.id, 1, await encodeBatch(fromLaptop, 'log', key))).toEqual({
      ok: true,
      file: { computerId: laptop.id, kind: 'log', seq: 1 },
    });
    expect((await desk.folder.sendChanges(desk.id, 1, await encodeBatch(fromDesk, 'log', key))).ok).toBe(
      true,
    );

    const listed = await desk.folder.listSyncFiles();
    if (!listed.ok) throw new Error('not listed');
    expect(listed.files.map((file) => [file.computerId, file.name]).sort()).toEqual(
      [
        [laptop.id, 'log-00000001.ubjsync'],
        [desk.id, 'log-00000001.ubjsync'],
      ].sort(),
    );
    const laptopFile = listed.files.find((file) => file.computerId === laptop.id);
    if (laptopFile === undefined) throw new Error('missing');
    const read = await desk.folder.readSyncFile(laptopFile);
    if (!read.ok) throw new Error(read.reason);
    expect(laptopFile.sizeBytes).toBe(read.bytes.length);
    expect(await decodeBatch(read.bytes, key, { device: laptop.id, seq: 1, kind: 'log' })).toEqual({
      ok: true,
      kind: 'log',
      batch: fromLaptop,
    });
    const back = await laptop.folder.readSyncFile({ computerId: desk.id, kind: 'log', seq: 1 });
    expect(back.ok && (await decodeBatch(back.bytes, key, { device: desk.id, seq: 1, kind: 'log' }))).toEqual(
      {
        ok: true,
        kind: 'log',
        batch: fromDesk,
      },
    );
    // Nothing of the journal is kept in either computer's app data folder by the folder code.
    expect(await treeOf(laptop.appData)).toEqual({});
  });

  it('never replaces a file already written, and leaves no temp file behind', async () => {
    const { laptop, key } = await setUpTwo();
    const first = await encodeBatch(
      { device: laptop.id, seq: 4, changes: [episode('e1', laptop.id, 6)] },
      'log',
      key,
    );
    const second = await encodeBatch({ device: laptop.id, seq: 4, changes: [] }, 'log', key);
    expect((await laptop.folder.sendChanges(laptop.id, 4, first)).ok).toBe(true);
    expect(await laptop.folder.sendChanges(laptop.id, 4, second)).toEqual({
      ok: false,
      reason: 'already-exists',
    });
    const path = join(syncRoot, 'devices', laptop.id, 'log-00000004.ubjsync');
    expect(Buffer.from(await readFile(path)).equals(Buffer.from(first))).toBe(true);
    expect(await readdir(join(syncRoot, 'devices', laptop.id))).toEqual(['log-00000004.ubjsync']);
  });

  it('still never replaces a file on a drive without hard links', async () => {
    const noLinks: SyncFolderFs = {
      ...nodeSyncFolderFs,
      link: () => Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' })),
    };
    const { laptop, key } = await setUpTwo();
    const folder = createSyncFolder(syncRoot, noLinks);
    const bytes = await encodeBatch({ device: laptop.id, seq: 2, changes: [] }, 'log', key);
    expect((await folder.sendChanges(laptop.id, 2, bytes)).ok).toBe(true);
    const again = await encodeBatch({ device: laptop.id, seq: 2, changes: [1] }, 'log', key);
    expect(await folder.sendChanges(laptop.id, 2, again)).toEqual({ ok: false, reason: 'already-exists' });
    expect(await readdir(join(syncRoot, 'devices', laptop.id))).toEqual(['log-00000002.ubjsync']);
    expect(
      Buffer.from(await readFile(join(syncRoot, 'devices', laptop.id, 'log-00000002.ubjsync'))).equals(
        Buffer.from(bytes),
      ),
    ).toBe(true);
  });

  it("refuses bytes whose header names another computer, number or kind than the file's", async () => {
    const { laptop, desk, key } = await setUpTwo();
    const bytes = await encodeBatch({ device: laptop.id, seq: 3, changes: [] }, 'log', key);
    const refused = { ok: false, reason: 'not-a-batch' };
    expect(await laptop.folder.sendChanges(desk.id, 3, bytes)).toEqual(refused);
    expect(await laptop.folder.sendChanges(laptop.id, 4, bytes)).toEqual(refused);
    expect(await laptop.folder.saveSnapshot(laptop.id, 3, bytes)).toEqual(refused);
    expect(await laptop.folder.sendChanges('../../etc', 3, bytes)).toEqual(refused);
    expect(await laptop.folder.sendChanges(laptop.id, 3, new TextEncoder().encode('hello'))).toEqual(refused);
    expect(await readdir(join(syncRoot, 'devices'))).toEqual([]);
  });

  it("a snapshot replaces that computer's older logs and snapshots, and nobody else's", async () => {
    const { laptop, desk, key } = await setUpTwo();
    for (const seq of [1, 2, 3, 4]) {
      await laptop.folder.sendChanges(
        laptop.id,
        seq,
        await encodeBatch({ device: laptop.id, seq, changes: [] }, 'log', key),
      );
    }
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [] }, 'log', key),
    );
    const first = await laptop.folder.saveSnapshot(
      laptop.id,
      2,
      await encodeBatch({ device: laptop.id, seq: 2, changes: [] }, 'snapshot', key),
    );
    expect(first).toMatchObject({ ok: true, removed: ['log-00000001.ubjsync', 'log-00000002.ubjsync'] });
    const second = await laptop.folder.saveSnapshot(
      laptop.id,
      3,
      await encodeBatch({ device: laptop.id, seq: 3, changes: [] }, 'snapshot', key),
    );
    expect(second).toMatchObject({
      ok: true,
      removed: ['snapshot-00000002.ubjsync', 'log-00000003.ubjsync'],
    });
    expect((await readdir(join(syncRoot, 'devices', laptop.id))).sort()).toEqual([
      'log-00000004.ubjsync',
      'snapshot-00000003.ubjsync',
    ]);
    expect(await readdir(join(syncRoot, 'devices', desk.id))).toEqual(['log-00000001.ubjsync']);
  });

  it('skips a half-delivered file and reads it once it is complete', async () => {
    const { laptop, desk, key } = await setUpTwo();
    const batch = { device: desk.id, seq: 1, changes: [episode('e2', desk.id, 3)] };
    const bytes = await encodeBatch(batch, 'log', key);
    const path = join(syncRoot, 'devices', desk.id, 'log-00000001.ubjsync');
    await mkdir(join(syncRoot, 'devices', desk.id));
    // As a sync engine that writes in place would leave it part way.
    await writeFile(path, bytes.subarray(0, bytes.length - 100));
    const file = { computerId: desk.id, kind: 'log', seq: 1 } as const;
    expect(await laptop.folder.readSyncFile(file)).toEqual({ ok: false, reason: 'incomplete' });
    await writeFile(path, bytes);
    const read = await laptop.folder.readSyncFile(file);
    expect(read.ok && (await decodeBatch(read.bytes, key, { device: desk.id, seq: 1, kind: 'log' }))).toEqual(
      {
        ok: true,
        kind: 'log',
        batch,
      },
    );
  });

  it('reports a file deleted between listing and reading, or while being opened, as missing', async () => {
    const { laptop, desk, key } = await setUpTwo();
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [] }, 'log', key),
    );
    await desk.folder.sendChanges(
      desk.id,
      2,
      await encodeBatch({ device: desk.id, seq: 2, changes: [] }, 'log', key),
    );
    const listed = await laptop.folder.listSyncFiles();
    expect(listed.ok && listed.files.length).toBe(2);
    await rm(join(syncRoot, 'devices', desk.id, 'log-00000001.ubjsync'));
    expect(await laptop.folder.readSyncFile({ computerId: desk.id, kind: 'log', seq: 1 })).toEqual({
      ok: false,
      reason: 'missing',
    });

    // The sync engine removes it after the size was read but before the content is.
    const vanishing: SyncFolderFs = {
      ...nodeSyncFolderFs,
      readFile: async (path) => {
        await rm(path);
        return nodeSyncFolderFs.readFile(path);
      },
    };
    expect(
      await createSyncFolder(syncRoot, vanishing).readSyncFile({ computerId: desk.id, kind: 'log', seq: 2 }),
    ).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('a wrong passphrase unlocks nothing and changes nothing in the folder', async () => {
    const { laptop, desk, key } = await setUpTwo();
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [] }, 'log', key),
    );
    const before = await treeOf(syncRoot);
    const keyCheck = await laptop.folder.readKeyCheck();
    if (!keyCheck.ok) throw new Error('no key check');
    expect(await unlock('kettle orchard quietly lanterns', keyCheck.text)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    // Joining again with a new key check (as after a mistyped passphrase) cannot replace the folder's.
    const other = await createKeyCheck('kettle orchard quietly lanterns', FAST);
    expect(await laptop.folder.startSyncFolder(other.keyCheckText)).toEqual({
      ok: false,
      reason: 'already-exists',
    });
    expect(await treeOf(syncRoot)).toEqual(before);
  });

  it('skips a file from a newer app version with its reason and still reads the rest', async () => {
    const { laptop, desk, key } = await setUpTwo();
    const current = await encodeBatch(
      { device: desk.id, seq: 1, changes: [episode('e1', desk.id, 2)] },
      'log',
      key,
    );
    const newer = (await encodeBatch({ device: desk.id, seq: 2, changes: [] }, 'log', key)).slice();
    newer[4] = 2;
    await desk.folder.sendChanges(desk.id, 1, current);
    await writeFile(join(syncRoot, 'devices', desk.id, 'log-00000002.ubjsync'), newer);
    const results = [];
    for (const seq of [1, 2]) {
      const read = await laptop.folder.readSyncFile({ computerId: desk.id, kind: 'log', seq });
      if (!read.ok) throw new Error(read.reason);
      const decoded = await decodeBatch(read.bytes, key, { device: desk.id, seq, kind: 'log' });
      results.push(decoded.ok ? decoded.batch.changes.length : decoded);
    }
    expect(results).toEqual([1, { ok: false, reason: 'newer-version' }]);
  });

  it('rejects a file with one byte changed on the way', async () => {
    const { laptop, desk, key } = await setUpTwo();
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [episode('e1', desk.id, 2)] }, 'log', key),
    );
    const path = join(syncRoot, 'devices', desk.id, 'log-00000001.ubjsync');
    const bytes = await readFile(path);
    bytes[70] = (bytes[70] ?? 0) ^ 0x04;
    await writeFile(path, bytes);
    const read = await laptop.folder.readSyncFile({ computerId: desk.id, kind: 'log', seq: 1 });
    expect(read.ok && (await decodeBatch(read.bytes, key, { device: desk.id, seq: 1, kind: 'log' }))).toEqual(
      { ok: false, reason: 'damaged' },
    );
  });

  it("rejects a file moved into another computer's folder", async () => {
    const { laptop, desk, key } = await setUpTwo();
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [episode('e1', desk.id, 2)] }, 'log', key),
    );
    const stranger = newDeviceId();
    await mkdir(join(syncRoot, 'devices', stranger));
    await cp(
      join(syncRoot, 'devices', desk.id, 'log-00000001.ubjsync'),
      join(syncRoot, 'devices', stranger, 'log-00000001.ubjsync'),
    );
    const read = await laptop.folder.readSyncFile({ computerId: stranger, kind: 'log', seq: 1 });
    expect(
      read.ok && (await decodeBatch(read.bytes, key, { device: stranger, seq: 1, kind: 'log' })),
    ).toEqual({ ok: false, reason: 'damaged' });
  });

  it('lists only batch files with exact names: never temp files, copies, links or other folders', async () => {
    const { laptop, desk, key } = await setUpTwo();
    await desk.folder.sendChanges(
      desk.id,
      1,
      await encodeBatch({ device: desk.id, seq: 1, changes: [] }, 'log', key),
    );
    const deskFolder = join(syncRoot, 'devices', desk.id);
    const strays = [
      'log-00000002.ubjsync.tmp-0123456789abcdef',
      '.syncthing.log-00000003.ubjsync.tmp',
      '~log-00000004.ubjsync',
      'log-00000005 (conflicted copy).ubjsync',
      'log-6.ubjsync',
      'log-00000007.UBJSYNC',
      'notes.txt',
    ];
    for (const name of strays) await writeFile(join(deskFolder, name), 'x');
    await mkdir(join(deskFolder, 'log-00000008.ubjsync'));
    await symlink(join(deskFolder, 'log-00000001.ubjsync'), join(deskFolder, 'log-00000009.ubjsync'));
    await mkdir(join(syncRoot, 'devices', 'not-a-computer'));
    await writeFile(join(syncRoot, 'devices', 'not-a-computer', 'log-00000001.ubjsync'), 'x');
    await mkdir(join(syncRoot, 'devices', desk.id.toUpperCase()));
    const listed = await laptop.folder.listSyncFiles();
    expect(listed.ok && listed.files.map((file) => `${file.computerId}/${file.name}`)).toEqual([
      `${desk.id}/log-00000001.ubjsync`,
    ]);
    expect(await laptop.folder.readSyncFile({ computerId: desk.id, kind: 'log', seq: 9 })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await laptop.folder.readSyncFile({ computerId: '../..', kind: 'log', seq: 1 })).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(parseSyncFileName('log-00000001.ubjsync.tmp-0123456789abcdef')).toBeNull();
    expect(syncFileName('snapshot', 42)).toBe('snapshot-00000042.ubjsync');
    expect(() => syncFileName('log', 100_000_000)).toThrow();
  });

  it('says the folder is unavailable when it is gone (a drive unplugged) and reads nothing', async () => {
    const { laptop, key } = await setUpTwo();
    await rm(syncRoot, { recursive: true });
    expect(await laptop.folder.listSyncFiles()).toEqual({ ok: false, reason: 'folder-unavailable' });
    expect(await laptop.folder.readKeyCheck()).toEqual({ ok: false, reason: 'folder-unavailable' });
    const bytes = await encodeBatch({ device: laptop.id, seq: 1, changes: [] }, 'log', key);
    expect(await laptop.folder.sendChanges(laptop.id, 1, bytes)).toEqual({
      ok: false,
      reason: 'folder-unavailable',
    });
    await expect(lstat(syncRoot)).rejects.toThrow();
  });

  it('tells an empty folder nobody set up yet from a missing one', async () => {
    const folder = createSyncFolder(syncRoot);
    expect(await folder.readKeyCheck()).toEqual({ ok: false, reason: 'missing' });
    expect(await folder.listSyncFiles()).toEqual({ ok: true, files: [] });
  });
});
