import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeBatch } from '@shared/sync/codec';
import type { SyncKey } from '@shared/sync/crypto';
import { createKeyCheck, newDeviceId } from '@shared/sync/crypto';
import type { SyncFile } from '../../../../src/main/sync/syncFolder';
import { createSyncFolder } from '../../../../src/main/sync/syncFolder';
import type { SyncFolderStatus, SyncTimers, WatchFolder } from '../../../../src/main/sync/syncWatcher';
import { watchForChanges } from '../../../../src/main/sync/syncWatcher';

const LAPTOP = newDeviceId();
const DESK = newDeviceId();
let key: SyncKey;
let base: string;
let syncRoot: string;
const stops: (() => void)[] = [];

beforeAll(async () => {
  key = (
    await createKeyCheck('kettle orchard quietly lantern', { name: 'scrypt', N: 1024, r: 8, p: 1, dkLen: 32 })
  ).key;
});
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'ubj-watch-'));
  syncRoot = join(base, 'Sync');
  await mkdir(join(syncRoot, 'devices'), { recursive: true });
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await rm(base, { recursive: true, force: true });
});

async function send(device: string, seq: number): Promise<void> {
  const bytes = await encodeBatch({ device, seq, changes: [] }, 'log', key);
  const saved = await createSyncFolder(syncRoot).sendChanges(device, seq, bytes);
  if (!saved.ok) throw new Error(saved.reason);
}

/** Timers the test fires by hand; nothing waits on the wall clock. */
function manualTimers(): SyncTimers & {
  fireTimeouts(): void;
  fireInterval(): void;
  pendingTimeouts(): number;
} {
  let timeouts: (() => void)[] = [];
  let interval: (() => void) | null = null;
  return {
    setTimeout: (callback) => {
      timeouts.push(callback);
      return callback;
    },
    clearTimeout: (handle) => {
      timeouts = timeouts.filter((callback) => callback !== handle);
    },
    setInterval: (callback) => {
      interval = callback;
      return callback;
    },
    clearInterval: () => {
      interval = null;
    },
    fireTimeouts: () => {
      const due = timeouts;
      timeouts = [];
      for (const callback of due) callback();
    },
    fireInterval: () => interval?.(),
    pendingTimeouts: () => timeouts.length,
  };
}

function names(files: SyncFile[]): string[] {
  return files.map((file) => `${file.computerId === DESK ? 'desk' : file.computerId}/${file.name}`);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('watching the sync folder for other computers', () => {
  it("hears about another computer's new file through file system events", async () => {
    const seen: string[][] = [];
    const watcher = watchForChanges({
      folder: createSyncFolder(syncRoot),
      root: syncRoot,
      ownComputerId: LAPTOP,
      onChange: (files) => seen.push(names(files)),
      debounceMs: 50,
      // An hour: only a watch event can bring the news within the test.
      rescanMs: 3_600_000,
    });
    stops.push(watcher.stop);
    await until(() => seen.length === 1, 'the first scan');
    expect(seen).toEqual([[]]);

    await send(DESK, 1);
    await until(() => seen.length === 2, 'the watch event');
    expect(seen[1]).toEqual(['desk/log-00000001.ubjsync']);

    await send(DESK, 2);
    await until(() => seen.length === 3, 'a second file in the now-known folder');
    expect(seen[2]).toEqual(['desk/log-00000001.ubjsync', 'desk/log-00000002.ubjsync']);

    // This computer's own files are not news.
    await send(LAPTOP, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await watcher.rescanNow();
    expect(seen).toHaveLength(3);
  });

  it('finds the file by the periodic rescan when there are no watch events', async () => {
    const timers = manualTimers();
    const seen: string[][] = [];
    const watcher = watchForChanges({
      folder: createSyncFolder(syncRoot),
      root: syncRoot,
      ownComputerId: LAPTOP,
      onChange: (files) => seen.push(names(files)),
      timers,
      watchFolder: null,
    });
    stops.push(watcher.stop);
    await watcher.rescanNow();
    await send(DESK, 1);
    expect(seen).toEqual([[]]);
    timers.fireInterval();
    await watcher.rescanNow();
    expect(seen).toEqual([[], ['desk/log-00000001.ubjsync']]);
    // Nothing new: no call.
    timers.fireInterval();
    await watcher.rescanNow();
    expect(seen).toHaveLength(2);
  });

  it('says when the folder becomes unavailable and when it is back', async () => {
    const timers = manualTimers();
    const statuses: SyncFolderStatus[] = [];
    const watcher = watchForChanges({
      folder: createSyncFolder(syncRoot),
      root: syncRoot,
      ownComputerId: LAPTOP,
      onChange: () => undefined,
      onStatus: (status) => statuses.push(status),
      timers,
      watchFolder: null,
    });
    stops.push(watcher.stop);
    await watcher.rescanNow();
    await rm(syncRoot, { recursive: true });
    timers.fireInterval();
    await watcher.rescanNow();
    await mkdir(syncRoot);
    timers.fireInterval();
    await watcher.rescanNow();
    expect(statuses).toEqual(['available', 'unavailable', 'available']);
  });

  it('gathers a burst of events into one rescan and ignores temp files and its own folder', async () => {
    const timers = manualTimers();
    const events: ((filename: string | null) => void)[] = [];
    const fakeWatch: WatchFolder = (_path, _recursive, onEvent) => {
      events.push(onEvent);
      return { close: () => undefined };
    };
    const seen: string[][] = [];
    const watcher = watchForChanges({
      folder: createSyncFolder(syncRoot),
      root: syncRoot,
      ownComputerId: LAPTOP,
      onChange: (files) => seen.push(names(files)),
      timers,
      watchFolder: fakeWatch,
    });
    stops.push(watcher.stop);
    await watcher.rescanNow();
    const [onEvent] = events;
    if (onEvent === undefined) throw new Error('not watching');
    onEvent(join('devices', LAPTOP, 'log-00000001.ubjsync'));
    onEvent(join('devices', DESK, 'log-00000001.ubjsync.tmp-0123456789abcdef'));
    expect(timers.pendingTimeouts()).toBe(0);
    await send(DESK, 1);
    await send(DESK, 2);
    for (const seq of [1, 2]) onEvent(join('devices', DESK, `log-0000000${seq}.ubjsync`));
    onEvent(null);
    expect(timers.pendingTimeouts()).toBe(1);
    timers.fireTimeouts();
    await watcher.rescanNow();
    expect(seen).toEqual([[], ['desk/log-00000001.ubjsync', 'desk/log-00000002.ubjsync']]);
    watcher.stop();
    onEvent(join('devices', DESK, 'log-00000003.ubjsync'));
    expect(timers.pendingTimeouts()).toBe(0);
  });

  it("watches each other computer's folder where recursive watching is not available", async () => {
    await mkdir(join(syncRoot, 'devices', LAPTOP));
    await send(DESK, 1);
    const watched: string[] = [];
    const nonRecursiveOnly: WatchFolder = (path, recursive) => {
      if (recursive)
        throw Object.assign(new Error('not here'), { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });
      watched.push(path);
      return { close: () => undefined };
    };
    const watcher = watchForChanges({
      folder: createSyncFolder(syncRoot),
      root: syncRoot,
      ownComputerId: LAPTOP,
      onChange: () => undefined,
      timers: manualTimers(),
      watchFolder: nonRecursiveOnly,
    });
    stops.push(watcher.stop);
    await watcher.rescanNow();
    expect(watched).toEqual([syncRoot, join(syncRoot, 'devices'), join(syncRoot, 'devices', DESK)]);
  });
});
