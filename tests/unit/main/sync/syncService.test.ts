import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncFile } from '@shared/api';
import { SYNC_FOLDER_CHANNEL } from '@shared/api';
import { decodeBatch, encodeBatch } from '@shared/sync/codec';
import type { ScryptParams, SyncKey } from '@shared/sync/crypto';
import { createKeyCheck, deriveKeyMaterial, unlock } from '@shared/sync/crypto';
import type { SyncService } from '../../../../src/main/sync/syncService';
import { createSyncService } from '../../../../src/main/sync/syncService';
import { FakeFolderPicker, FakeNewsTarget, FakeSafeStorage, OWNER_WINDOW } from './fakeElectron';

const FAST: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, dkLen: 32 };
const PASSPHRASE = 'kettle orchard quietly lantern';

let base: string;
let syncRoot: string;
const services: SyncService[] = [];

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'ubj-sync-service-'));
  syncRoot = join(base, 'Dropbox', 'Back journal');
  await mkdir(syncRoot, { recursive: true });
});
afterEach(async () => {
  for (const service of services.splice(0)) service.stop();
  await rm(base, { recursive: true, force: true });
});

/** One computer: its own app data folder and Electron stand-ins, around the real service on real folders. */
async function computer(
  name: string,
  options: { safeStorage?: FakeSafeStorage; platform?: NodeJS.Platform } = {},
) {
  const userData = join(base, name, 'Upper Back Journal');
  await mkdir(userData, { recursive: true });
  return open(userData, options);
}

function open(userData: string, options: { safeStorage?: FakeSafeStorage; platform?: NodeJS.Platform } = {}) {
  const picker = new FakeFolderPicker();
  const page = new FakeNewsTarget();
  const safeStorage = options.safeStorage ?? new FakeSafeStorage();
  const errors: string[] = [];
  let hasWindow = true;
  const service = createSyncService({
    dialog: picker,
    getWindow: () => (hasWindow ? OWNER_WINDOW : undefined),
    getNewsTarget: () => page,
    safeStorage,
    platform: options.platform ?? 'linux',
    userDataDir: userData,
    defaultFolder: join(base, 'home'),
    onError: (message) => errors.push(message),
    debounceMs: 20,
    // The real watcher reports within the debounce; the rescan is only the fallback it always has.
    rescanMs: 1_000,
  });
  services.push(service);
  return {
    userData,
    picker,
    page,
    safeStorage,
    errors,
    service,
    closeWindow: () => {
      hasWindow = false;
    },
  };
}

async function computerIdOf(service: SyncService): Promise<string> {
  const answer = await service.syncComputerId();
  if (!answer.ok) throw new Error('no computer id');
  return answer.computerId;
}

function episode(id: string, device: string, intensity: number): unknown {
  return { table: 'episodes', id, hlc: `1767225600000-000000-${device}`, base: null, value: { intensity } };
}

async function batchBytes(key: SyncKey, device: string, seq: number, kind: 'log' | 'snapshot' = 'log') {
  return encodeBatch(
    { device, seq, changes: [episode(`ep-${device.slice(0, 4)}-${seq}`, device, seq)] },
    kind,
    key,
  );
}

async function settingsOf(userData: string): Promise<unknown> {
  return JSON.parse(await readFile(join(userData, 'sync-settings.json'), 'utf8'));
}

function filesIn(change: { kind: string; files?: SyncFile[] } | undefined): string[] {
  return (change?.files ?? []).map((file) => `${file.computerId.slice(0, 4)}/${file.name}`);
}

describe('choosing the sync folder', () => {
  it('shows the folder picker over the journal window and remembers the folder in the app data folder', async () => {
    const laptop = await computer('laptop');
    laptop.picker.willChoose(syncRoot);
    await expect(laptop.service.chooseSyncFolder()).resolves.toEqual({
      ok: true,
      folder: { location: syncRoot, isAvailable: true, hasKeyCheck: false },
    });
    expect(laptop.picker.shown).toHaveLength(1);
    expect(laptop.picker.shown[0]?.owner).toBe(OWNER_WINDOW);
    expect(laptop.picker.shown[0]?.options.properties).toEqual(
      expect.arrayContaining(['openDirectory', 'createDirectory']),
    );
    expect(laptop.picker.shown[0]?.options.defaultPath).toBe(join(base, 'home'));
    expect(await settingsOf(laptop.userData)).toEqual({
      computerId: await computerIdOf(laptop.service),
      folder: syncRoot,
    });
    await expect(laptop.service.syncFolderStatus()).resolves.toEqual({
      ok: true,
      folder: { location: syncRoot, isAvailable: true, hasKeyCheck: false },
    });
  });

  it('shows a free-standing picker when the journal window has gone', async () => {
    const laptop = await computer('laptop');
    laptop.closeWindow();
    laptop.picker.willChoose(syncRoot);
    await laptop.service.chooseSyncFolder();
    expect(laptop.picker.shown[0]?.owner).toBeUndefined();
  });

  it('changes nothing when the person cancels: sync stays off and folder requests say so', async () => {
    const laptop = await computer('laptop');
    await expect(laptop.service.chooseSyncFolder()).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await expect(laptop.service.syncFolderStatus()).resolves.toEqual({ ok: true, folder: null });
    const noFolder = { ok: false, reason: 'no-folder' };
    await expect(laptop.service.readKeyCheck()).resolves.toEqual(noFolder);
    await expect(laptop.service.listSyncFiles()).resolves.toEqual(noFolder);
    await expect(laptop.service.startSyncFolder('{}')).resolves.toEqual(noFolder);
    await expect(
      laptop.service.readSyncFile({ computerId: 'a'.repeat(32), kind: 'log', seq: 1 }),
    ).resolves.toEqual(noFolder);
    expect(laptop.page.received).toEqual([]);
  });

  it('answers not-saved, and keeps sync as it was, when the app data folder cannot be written', async () => {
    const broken = open(join(base, 'missing', 'Upper Back Journal'));
    broken.picker.willChoose(syncRoot);
    await expect(broken.service.chooseSyncFolder()).resolves.toEqual({ ok: false, reason: 'not-saved' });
    await expect(broken.service.syncFolderStatus()).resolves.toEqual({ ok: true, folder: null });
    expect(broken.errors).toContain('Could not remember the sync folder');
  });

  it('keeps the same computer id across restarts, and a new one for a new app data folder', async () => {
    const laptop = await computer('laptop');
    const id = await computerIdOf(laptop.service);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await computerIdOf(open(laptop.userData).service)).toBe(id);
    expect(await computerIdOf((await computer('desk')).service)).not.toBe(id);
  });

  it('starts afresh, with sync off, when the settings file is damaged', async () => {
    const laptop = await computer('laptop');
    await writeFile(join(laptop.userData, 'sync-settings.json'), '{"computerId":"../..","folder":"/"}');
    const again = open(laptop.userData);
    await again.service.start();
    await expect(again.service.syncFolderStatus()).resolves.toEqual({ ok: true, folder: null });
    expect(await computerIdOf(again.service)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('two computers sharing one sync folder', () => {
  async function setUpTwo() {
    const laptop = await computer('laptop');
    const desk = await computer('desk');
    laptop.picker.willChoose(syncRoot);
    desk.picker.willChoose(syncRoot);
    await laptop.service.chooseSyncFolder();
    // The laptop sets sync up; the desk joins with the same passphrase.
    expect(await laptop.service.readKeyCheck()).toEqual({ ok: false, reason: 'missing' });
    const { keyCheckText, key } = await createKeyCheck(PASSPHRASE, FAST);
    expect(await laptop.service.startSyncFolder(keyCheckText)).toEqual({ ok: true });
    const chosen = await desk.service.chooseSyncFolder();
    expect(chosen).toEqual({
      ok: true,
      folder: { location: syncRoot, isAvailable: true, hasKeyCheck: true },
    });
    const read = await desk.service.readKeyCheck();
    if (!read.ok) throw new Error('the desk could not read journal.json');
    const unlocked = await unlock(PASSPHRASE, read.text);
    if (!unlocked.ok) throw new Error('the desk could not unlock');
    return {
      laptop,
      desk,
      laptopId: await computerIdOf(laptop.service),
      deskId: await computerIdOf(desk.service),
      key,
      deskKey: unlocked.key,
    };
  }

  it('sends changes from both, and each lists and reads the other’s files', async () => {
    const { laptop, desk, laptopId, deskId, key, deskKey } = await setUpTwo();
    expect(await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1))).toEqual({
      ok: true,
      file: { computerId: laptopId, kind: 'log', seq: 1 },
    });
    await laptop.service.sendChanges(laptopId, 2, await batchBytes(key, laptopId, 2));
    await desk.service.sendChanges(deskId, 1, await batchBytes(deskKey, deskId, 1));

    for (const { service } of [laptop, desk]) {
      const listed = await service.listSyncFiles();
      if (!listed.ok) throw new Error('not listed');
      expect(listed.files.map((file) => `${file.computerId}/${file.name}`).sort()).toEqual(
        [
          `${deskId}/log-00000001.ubjsync`,
          `${laptopId}/log-00000001.ubjsync`,
          `${laptopId}/log-00000002.ubjsync`,
        ].sort(),
      );
    }
    const fromLaptop = await desk.service.readSyncFile({ computerId: laptopId, kind: 'log', seq: 2 });
    if (!fromLaptop.ok) throw new Error('not read');
    const decoded = await decodeBatch(fromLaptop.bytes, deskKey, { device: laptopId, seq: 2, kind: 'log' });
    expect(decoded).toEqual({
      ok: true,
      kind: 'log',
      batch: { device: laptopId, seq: 2, changes: [episode(`ep-${laptopId.slice(0, 4)}-2`, laptopId, 2)] },
    });
    const fromDesk = await laptop.service.readSyncFile({ computerId: deskId, kind: 'log', seq: 1 });
    expect(
      fromDesk.ok && (await decodeBatch(fromDesk.bytes, key, { device: deskId, seq: 1, kind: 'log' })).ok,
    ).toBe(true);
  });

  it('refuses to set the folder up twice: the second computer joins instead of replacing journal.json', async () => {
    const { desk, laptop } = await setUpTwo();
    const before = await laptop.service.readKeyCheck();
    const other = await createKeyCheck('another passphrase entirely', FAST);
    expect(await desk.service.startSyncFolder(other.keyCheckText)).toEqual({
      ok: false,
      reason: 'already-exists',
    });
    expect(await laptop.service.readKeyCheck()).toEqual(before);
  });

  it('never writes a batch under another computer’s name or number, nor replaces a sent one', async () => {
    const { laptop, desk, laptopId, deskId, key } = await setUpTwo();
    const laptopBatch = await batchBytes(key, laptopId, 1);
    expect(await desk.service.sendChanges(deskId, 1, laptopBatch)).toEqual({
      ok: false,
      reason: 'not-a-batch',
    });
    expect(await laptop.service.sendChanges(laptopId, 2, laptopBatch)).toEqual({
      ok: false,
      reason: 'not-a-batch',
    });
    expect(await laptop.service.sendChanges(laptopId, 1, laptopBatch)).toMatchObject({ ok: true });
    expect(await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1))).toEqual({
      ok: false,
      reason: 'already-exists',
    });
  });

  it('a snapshot replaces its computer’s older logs, and the other computer sees only the snapshot', async () => {
    const { laptop, desk, laptopId, key } = await setUpTwo();
    for (const seq of [1, 2, 3])
      await laptop.service.sendChanges(laptopId, seq, await batchBytes(key, laptopId, seq));
    const saved = await laptop.service.saveSnapshot(
      laptopId,
      3,
      await batchBytes(key, laptopId, 3, 'snapshot'),
    );
    expect(saved).toEqual({
      ok: true,
      file: { computerId: laptopId, kind: 'snapshot', seq: 3 },
      removed: ['log-00000001.ubjsync', 'log-00000002.ubjsync', 'log-00000003.ubjsync'],
    });
    const listed = await desk.service.listSyncFiles();
    expect(listed.ok && listed.files.map((file) => file.name)).toEqual(['snapshot-00000003.ubjsync']);
  });

  it('tells the other computer’s journal window when files arrive, but never about its own', async () => {
    const { laptop, desk, laptopId, deskId, key, deskKey } = await setUpTwo();
    // Each window first hears that the folder is there, and what is in it from the others (nothing yet).
    await vi.waitFor(() => expect(desk.page.changes()).toContainEqual({ kind: 'files', files: [] }));
    expect(desk.page.changes()[0]).toEqual({ kind: 'available' });
    expect(desk.page.received.every((message) => message.channel === SYNC_FOLDER_CHANNEL)).toBe(true);

    await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1));
    await vi.waitFor(
      () =>
        expect(filesIn(desk.page.changes().at(-1))).toEqual([`${laptopId.slice(0, 4)}/log-00000001.ubjsync`]),
      {
        timeout: 5_000,
      },
    );
    const heard = desk.page.changes().at(-1);
    expect(heard).toEqual({
      kind: 'files',
      files: [
        {
          computerId: laptopId,
          kind: 'log',
          seq: 1,
          name: 'log-00000001.ubjsync',
          sizeBytes: expect.any(Number),
          modifiedMs: expect.any(Number),
        },
      ],
    });

    // The desk's own file is not news to the desk, and the laptop hears of it.
    const deskHeardBefore = desk.page.received.length;
    await desk.service.sendChanges(deskId, 1, await batchBytes(deskKey, deskId, 1));
    await vi.waitFor(
      () =>
        expect(filesIn(laptop.page.changes().at(-1))).toEqual([`${deskId.slice(0, 4)}/log-00000001.ubjsync`]),
      {
        timeout: 5_000,
      },
    );
    expect(
      desk.page.received.slice(deskHeardBefore).filter((message) => message.change.kind === 'files'),
    ).toEqual([]);
  });

  it('says when the folder goes away and comes back', async () => {
    const { desk } = await setUpTwo();
    await vi.waitFor(() => expect(desk.page.changes()).toContainEqual({ kind: 'available' }));
    await rm(syncRoot, { recursive: true });
    await vi.waitFor(() => expect(desk.page.changes().at(-1)).toEqual({ kind: 'unavailable' }), {
      timeout: 5_000,
    });
    await expect(desk.service.syncFolderStatus()).resolves.toEqual({
      ok: true,
      folder: { location: syncRoot, isAvailable: false, hasKeyCheck: false },
    });
    const deskId = await computerIdOf(desk.service);
    await expect(desk.service.listSyncFiles()).resolves.toEqual({ ok: false, reason: 'folder-unavailable' });
    await expect(desk.service.sendChanges(deskId, 1, new Uint8Array(0))).resolves.toEqual({
      ok: false,
      reason: 'not-a-batch',
    });
    await mkdir(syncRoot);
    // Back, with the same (no) files from the others as before: only the status is news.
    await vi.waitFor(() => expect(desk.page.changes().at(-1)).toEqual({ kind: 'available' }), {
      timeout: 5_000,
    });
  }, 20_000);

  it('does not send to a closed window', async () => {
    const { laptop, desk, laptopId, key } = await setUpTwo();
    await vi.waitFor(() => expect(desk.page.changes()).toContainEqual({ kind: 'files', files: [] }));
    desk.page.isClosed = true;
    const heard = desk.page.received.length;
    await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1));
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(desk.page.received).toHaveLength(heard);
  });

  it('watches the remembered folder again after a restart', async () => {
    const { laptop, desk, laptopId, key } = await setUpTwo();
    await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1));
    desk.service.stop();
    const restarted = open(desk.userData);
    await restarted.service.start();
    await expect(restarted.service.syncFolderStatus()).resolves.toEqual({
      ok: true,
      folder: { location: syncRoot, isAvailable: true, hasKeyCheck: true },
    });
    await vi.waitFor(() =>
      expect(filesIn(restarted.page.changes().at(-1))).toEqual([
        `${laptopId.slice(0, 4)}/log-00000001.ubjsync`,
      ]),
    );
  });

  it('turning sync off forgets the folder and the key, keeps the id, and leaves the folder’s files alone', async () => {
    const { laptop, desk, laptopId, deskId, key, deskKey } = await setUpTwo();
    await desk.service.sendChanges(deskId, 1, await batchBytes(deskKey, deskId, 1));
    expect(await desk.service.rememberSyncKey(await keyMaterial())).toEqual({ ok: true });
    await vi.waitFor(() => expect(desk.page.changes()).toContainEqual({ kind: 'files', files: [] }));

    expect(await desk.service.forgetSyncFolder()).toEqual({ ok: true });
    expect(await settingsOf(desk.userData)).toEqual({ computerId: deskId, folder: null });
    await expect(desk.service.syncFolderStatus()).resolves.toEqual({ ok: true, folder: null });
    await expect(desk.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'none' });
    await expect(desk.service.listSyncFiles()).resolves.toEqual({ ok: false, reason: 'no-folder' });
    expect(await computerIdOf(desk.service)).toBe(deskId);

    const heard = desk.page.received.length;
    await laptop.service.sendChanges(laptopId, 1, await batchBytes(key, laptopId, 1));
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(desk.page.received).toHaveLength(heard);
    expect((await readdir(join(syncRoot, 'devices'))).sort()).toEqual([deskId, laptopId].sort());

    // After a restart it stays off.
    const restarted = open(desk.userData);
    await restarted.service.start();
    await expect(restarted.service.syncFolderStatus()).resolves.toEqual({ ok: true, folder: null });
  });
});

async function keyMaterial(): Promise<Uint8Array> {
  return deriveKeyMaterial(PASSPHRASE, new Uint8Array(16).fill(1), FAST);
}

describe('keeping this computer’s key', () => {
  it('keeps the key encrypted by the secure storage, never in plain text, and gives it back', async () => {
    const laptop = await computer('laptop');
    const keyBytes = await keyMaterial();
    expect(await laptop.service.rememberSyncKey(keyBytes)).toEqual({ ok: true });
    const onDisk = await readFile(join(laptop.userData, 'sync-key.json'), 'utf8');
    expect(onDisk).not.toContain(Buffer.from(keyBytes).toString('base64'));
    expect(onDisk).not.toContain(Buffer.from(keyBytes).toString('hex'));
    expect(onDisk).not.toContain(PASSPHRASE);
    const recalled = await open(laptop.userData).service.recallSyncKey();
    expect(recalled).toEqual({ ok: true, keyBytes: new Uint8Array(keyBytes) });
    expect(await laptop.service.forgetSyncKey()).toEqual({ ok: true });
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'none' });
  });

  it('says so, and keeps nothing, where there is no secure storage', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.isAvailable = false;
    const laptop = await computer('laptop', { safeStorage });
    expect(await laptop.service.rememberSyncKey(await keyMaterial())).toEqual({
      ok: false,
      reason: 'no-secure-storage',
    });
    expect(await readdir(laptop.userData)).not.toContain('sync-key.json');
    expect(safeStorage.encrypted).toBe(0);
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'none' });
  });

  it('treats Linux without a keyring (basic_text) as no secure storage, and removes a key kept before', async () => {
    const safeStorage = new FakeSafeStorage();
    const laptop = await computer('laptop', { safeStorage });
    expect(await laptop.service.rememberSyncKey(await keyMaterial())).toEqual({ ok: true });
    safeStorage.backend = 'basic_text';
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'no-secure-storage' });
    expect(await laptop.service.rememberSyncKey(await keyMaterial())).toEqual({
      ok: false,
      reason: 'no-secure-storage',
    });
    expect(await readdir(laptop.userData)).not.toContain('sync-key.json');
  });

  it('does not ask for the Linux keyring on other systems', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const mac = await computer('mac', { safeStorage, platform: 'darwin' });
    expect(await mac.service.rememberSyncKey(await keyMaterial())).toEqual({ ok: true });
  });

  it('answers unreadable when the secure storage cannot open the kept key (another user account)', async () => {
    const laptop = await computer('laptop');
    await laptop.service.rememberSyncKey(await keyMaterial());
    const otherUser = open(laptop.userData, { safeStorage: new FakeSafeStorage(0x33) });
    await expect(otherUser.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'unreadable' });
    await writeFile(join(laptop.userData, 'sync-key.json'), '{"format":"upper-back-journal-sync-key"');
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'unreadable' });
  });

  it('stores the key again when the system rotated its own key', async () => {
    const safeStorage = new FakeSafeStorage();
    const laptop = await computer('laptop', { safeStorage });
    const keyBytes = await keyMaterial();
    await laptop.service.rememberSyncKey(keyBytes);
    safeStorage.shouldReEncrypt = true;
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({
      ok: true,
      keyBytes: new Uint8Array(keyBytes),
    });
    expect(safeStorage.encrypted).toBe(2);
  });

  it('forgets the key when another folder is chosen, and keeps it when the same one is chosen again', async () => {
    const laptop = await computer('laptop');
    laptop.picker.willChoose(syncRoot).willChoose(syncRoot);
    await laptop.service.chooseSyncFolder();
    await laptop.service.rememberSyncKey(await keyMaterial());
    await laptop.service.chooseSyncFolder();
    await expect(laptop.service.recallSyncKey()).resolves.toMatchObject({ ok: true });
    const other = join(base, 'OneDrive');
    await mkdir(other);
    laptop.picker.willChoose(other);
    await laptop.service.chooseSyncFolder();
    await expect(laptop.service.recallSyncKey()).resolves.toEqual({ ok: false, reason: 'none' });
  });

  it('refuses a key that is not 32 bytes', async () => {
    const laptop = await computer('laptop');
    await expect(laptop.service.rememberSyncKey(new Uint8Array(16))).rejects.toThrow(
      'A sync key is 32 bytes',
    );
  });
});
