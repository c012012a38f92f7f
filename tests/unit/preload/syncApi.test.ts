import { describe, expect, it } from 'vitest';
import type { DesktopApi, SyncFile, SyncFolderChange } from '@shared/api';
import { SYNC_FOLDER_CHANNEL, SYNC_IPC_CHANNELS } from '@shared/api';
import type { Invoke, Subscribe } from '../../../src/preload/api';
import { createDesktopApi } from '../../../src/preload/api';

const COMPUTER_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const COMPUTER_B = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const LOG_FILE: SyncFile = {
  computerId: COMPUTER_B,
  kind: 'log',
  seq: 3,
  name: 'log-00000003.ubjsync',
  sizeBytes: 120,
  modifiedMs: 1_790_000_000_000,
};
const SNAPSHOT_FILE: SyncFile = {
  computerId: COMPUTER_B,
  kind: 'snapshot',
  seq: 2,
  name: 'snapshot-00000002.ubjsync',
  sizeBytes: 4096,
  modifiedMs: 1_790_000_000_500,
};

function fakeChannels() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: Subscribe = (channel, listener) => {
    const forChannel = listeners.get(channel) ?? new Set();
    forChannel.add(listener);
    listeners.set(channel, forChannel);
    return () => forChannel.delete(listener);
  };
  const send = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { subscribe, send };
}

function recordingInvoke(answer: unknown) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke: Invoke = async (channel, ...args) => {
    calls.push({ channel, args });
    return answer;
  };
  return { calls, invoke };
}

function syncApi(invoke: Invoke): DesktopApi['sync'] {
  return createDesktopApi(invoke, fakeChannels().subscribe).sync;
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the sync group of the preload', () => {
  const bytes = Uint8Array.of(0x55, 0x42, 0x4a, 0x53);
  const key = new Uint8Array(32).fill(3);
  const folder = { location: '/home/ana/Sync/Journal', isAvailable: true, hasKeyCheck: false };

  it.each<[string, (sync: DesktopApi['sync']) => Promise<unknown>, unknown, unknown[]]>([
    ['chooseSyncFolder', (sync) => sync.chooseSyncFolder(), { ok: true, folder }, []],
    ['chooseSyncFolder', (sync) => sync.chooseSyncFolder(), { ok: false, reason: 'cancelled' }, []],
    ['syncFolderStatus', (sync) => sync.syncFolderStatus(), { ok: true, folder: null }, []],
    ['syncFolderStatus', (sync) => sync.syncFolderStatus(), { ok: true, folder }, []],
    ['readKeyCheck', (sync) => sync.readKeyCheck(), { ok: true, text: '{"format":"x"}' }, []],
    ['readKeyCheck', (sync) => sync.readKeyCheck(), { ok: false, reason: 'no-folder' }, []],
    [
      'startSyncFolder',
      (sync) => sync.startSyncFolder('{}'),
      { ok: false, reason: 'already-exists' },
      ['{}'],
    ],
    [
      'sendChanges',
      (sync) => sync.sendChanges(COMPUTER_A, 7, bytes),
      { ok: true, file: { computerId: COMPUTER_A, kind: 'log', seq: 7 } },
      [COMPUTER_A, 7, bytes],
    ],
    [
      'saveSnapshot',
      (sync) => sync.saveSnapshot(COMPUTER_A, 7, bytes),
      {
        ok: true,
        file: { computerId: COMPUTER_A, kind: 'snapshot', seq: 7 },
        removed: ['log-00000007.ubjsync'],
      },
      [COMPUTER_A, 7, bytes],
    ],
    ['listSyncFiles', (sync) => sync.listSyncFiles(), { ok: true, files: [SNAPSHOT_FILE, LOG_FILE] }, []],
    ['listSyncFiles', (sync) => sync.listSyncFiles(), { ok: false, reason: 'folder-unavailable' }, []],
    [
      'readSyncFile',
      (sync) => sync.readSyncFile({ computerId: COMPUTER_B, kind: 'log', seq: 3 }),
      { ok: true, bytes },
      [{ computerId: COMPUTER_B, kind: 'log', seq: 3 }],
    ],
    ['forgetSyncFolder', (sync) => sync.forgetSyncFolder(), { ok: true }, []],
    [
      'rememberSyncKey',
      (sync) => sync.rememberSyncKey(key),
      { ok: false, reason: 'no-secure-storage' },
      [key],
    ],
    ['recallSyncKey', (sync) => sync.recallSyncKey(), { ok: true, keyBytes: key }, []],
    ['recallSyncKey', (sync) => sync.recallSyncKey(), { ok: false, reason: 'unreadable' }, []],
    ['forgetSyncKey', (sync) => sync.forgetSyncKey(), { ok: true }, []],
    ['syncComputerId', (sync) => sync.syncComputerId(), { ok: true, computerId: COMPUTER_A }, []],
  ])(
    '%s invokes its channel with exactly its arguments and passes on the answer',
    async (name, use, answer, args) => {
      const { calls, invoke } = recordingInvoke(answer);
      await expect(use(syncApi(invoke))).resolves.toEqual(answer);
      expect(calls).toEqual([{ channel: SYNC_IPC_CHANNELS[name as keyof typeof SYNC_IPC_CHANNELS], args }]);
    },
  );

  it('forwards only the declared arguments, and a file by its three parts only', async () => {
    const { calls, invoke } = recordingInvoke({ ok: true });
    const sync = syncApi(invoke);
    await Reflect.apply(sync.chooseSyncFolder, sync, ['/etc']).catch(() => undefined);
    await Reflect.apply(sync.sendChanges, sync, [COMPUTER_A, 1, bytes, '/tmp/x']).catch(() => undefined);
    await Reflect.apply(sync.readSyncFile, sync, [
      { computerId: COMPUTER_B, kind: 'log', seq: 3, name: '../../etc/passwd' },
    ]).catch(() => undefined);
    expect(calls).toEqual([
      { channel: 'sync:choose-folder', args: [] },
      { channel: 'sync:send-changes', args: [COMPUTER_A, 1, bytes] },
      { channel: 'sync:read-file', args: [{ computerId: COMPUTER_B, kind: 'log', seq: 3 }] },
    ]);
  });

  it('rejects, without invoking, a file that is not an object', async () => {
    const { calls, invoke } = recordingInvoke({ ok: true });
    const sync = syncApi(invoke);
    await expect(Reflect.apply(sync.readSyncFile, sync, [null])).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it.each<[string, (sync: DesktopApi['sync']) => Promise<unknown>, unknown]>([
    [
      'the browser answer from the desktop',
      (sync) => sync.listSyncFiles(),
      { ok: false, reason: 'needs-desktop' },
    ],
    ['an unknown reason', (sync) => sync.readKeyCheck(), { ok: false, reason: 'busy' }],
    [
      'a folder without a location',
      (sync) => sync.chooseSyncFolder(),
      { ok: true, folder: { isAvailable: true } },
    ],
    [
      'a listed file with a path as computer',
      (sync) => sync.listSyncFiles(),
      { ok: true, files: [{ ...LOG_FILE, computerId: '../..' }] },
    ],
    [
      'a listed file whose name is not its kind and number',
      (sync) => sync.listSyncFiles(),
      { ok: true, files: [{ ...LOG_FILE, name: 'log-00000004.ubjsync' }] },
    ],
    [
      'a listed file with a negative size',
      (sync) => sync.listSyncFiles(),
      { ok: true, files: [{ ...LOG_FILE, sizeBytes: -1 }] },
    ],
    ['files that are not a list', (sync) => sync.listSyncFiles(), { ok: true, files: LOG_FILE }],
    ['bytes as an array', (sync) => sync.readSyncFile(LOG_FILE), { ok: true, bytes: [1, 2] }],
    ['bytes as base64 text', (sync) => sync.readSyncFile(LOG_FILE), { ok: true, bytes: 'VUJKUw==' }],
    [
      'a saved file with another kind',
      (sync) => sync.sendChanges(COMPUTER_A, 1, bytes),
      { ok: true, file: { computerId: COMPUTER_A, kind: 'x', seq: 1 } },
    ],
    ['a key of 16 bytes', (sync) => sync.recallSyncKey(), { ok: true, keyBytes: new Uint8Array(16) }],
    [
      'a computer id in capitals',
      (sync) => sync.syncComputerId(),
      { ok: true, computerId: COMPUTER_A.toUpperCase() },
    ],
    ['nothing at all', (sync) => sync.forgetSyncKey(), undefined],
  ])('rejects an answer that does not match the contract (%s)', async (_label, use, answer) => {
    await expect(use(syncApi(recordingInvoke(answer).invoke))).rejects.toThrow(
      'Unexpected answer from the desktop',
    );
  });

  it('passes on only the fields of the contract', async () => {
    const sync = syncApi(
      recordingInvoke({ ok: true, files: [{ ...LOG_FILE, path: '/home/ana/Sync' }] }).invoke,
    );
    await expect(sync.listSyncFiles()).resolves.toEqual({ ok: true, files: [LOG_FILE] });
  });
});

describe('onSyncFolderChanged', () => {
  function setUp() {
    const channels = fakeChannels();
    const api = createDesktopApi(recordingInvoke(undefined).invoke, channels.subscribe);
    const received: SyncFolderChange[] = [];
    const stop = api.sync.onSyncFolderChanged((change) => received.push(change));
    return { received, stop, send: (payload: unknown) => channels.send(SYNC_FOLDER_CHANNEL, payload) };
  }

  it('passes on the watcher’s messages of the contract, rebuilt field by field', () => {
    const { received, send } = setUp();
    send({ kind: 'files', files: [SNAPSHOT_FILE, { ...LOG_FILE, extra: 'x' }] });
    send({ kind: 'files', files: [] });
    send({ kind: 'unavailable', reason: 'unplugged' });
    send({ kind: 'available' });
    expect(received).toEqual([
      { kind: 'files', files: [SNAPSHOT_FILE, LOG_FILE] },
      { kind: 'files', files: [] },
      { kind: 'unavailable' },
      { kind: 'available' },
    ]);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'files'],
    ['an unknown kind', { kind: 'deleted' }],
    ['files that are not a list', { kind: 'files', files: LOG_FILE }],
    ['a file with a path as computer', { kind: 'files', files: [{ ...LOG_FILE, computerId: '../../etc' }] }],
    ['a file of another kind', { kind: 'files', files: [{ ...LOG_FILE, kind: 'journal' }] }],
    ['a file with a seq of -1', { kind: 'files', files: [{ ...LOG_FILE, seq: -1 }] }],
    [
      'a file with a temp name',
      { kind: 'files', files: [{ ...LOG_FILE, name: `${LOG_FILE.name}.tmp-0123456789abcdef` }] },
    ],
    ['a file without a time', { kind: 'files', files: [{ ...LOG_FILE, modifiedMs: undefined }] }],
    ['one bad file among good ones', { kind: 'files', files: [SNAPSHOT_FILE, { name: 'x' }] }],
  ])('drops %s', (_label, payload) => {
    const { received, send } = setUp();
    send(payload);
    expect(received).toEqual([]);
  });

  it('keeps messages that come before the page listens, and stops after unsubscribing', async () => {
    const channels = fakeChannels();
    const api = createDesktopApi(recordingInvoke(undefined).invoke, channels.subscribe);
    channels.send(SYNC_FOLDER_CHANNEL, { kind: 'files', files: [LOG_FILE] });
    const received: SyncFolderChange[] = [];
    const stop = api.sync.onSyncFolderChanged((change) => received.push(change));
    await settle();
    expect(received).toEqual([{ kind: 'files', files: [LOG_FILE] }]);
    stop();
    channels.send(SYNC_FOLDER_CHANNEL, { kind: 'available' });
    expect(received).toHaveLength(1);
  });

  it('does not take messages from the command or notice channels', () => {
    const channels = fakeChannels();
    const api = createDesktopApi(recordingInvoke(undefined).invoke, channels.subscribe);
    const received: SyncFolderChange[] = [];
    api.sync.onSyncFolderChanged((change) => received.push(change));
    channels.send('app:notice', { kind: 'available' });
    channels.send('app:command', { kind: 'available' });
    expect(received).toEqual([]);
  });
});
