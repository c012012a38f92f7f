/**
 * The preload's half of sync: one named function per SYNC_IPC_CHANNELS entry, forwarding only its declared
 * arguments, and checking every answer and every watcher message field by field, so the page can trust the
 * contract and never sees anything the contract does not name.
 */
import type {
  ChooseSyncFolderResult,
  ForgetSyncFolderResult,
  RecallSyncKeyResult,
  RememberSyncKeyResult,
  SyncApi,
  SyncComputerIdResult,
  SyncDoneResult,
  SyncFile,
  SyncFileName,
  SyncFolderChange,
  SyncFolderInfo,
  SyncFolderStatusResult,
  SyncInvokeApi,
  SyncNoFolder,
} from '@shared/api';
import { SYNC_IPC_CHANNELS, SYNC_KEY_BYTES } from '@shared/api';
import { isRecord } from '@shared/isRecord';
import { isValidSeq } from '@shared/sync/codec';
import type {
  KeyCheckReadResult,
  ListResult,
  ReadResult,
  SaveResult,
  StartResult,
} from '@shared/sync/folderLayout';
import { isComputerId, syncFileName } from '@shared/sync/folderLayout';
import type { Invoke } from './api';

type Channel = keyof typeof SYNC_IPC_CHANNELS;

function unexpected(name: Channel): Error {
  return new Error(`Unexpected answer from the desktop for ${SYNC_IPC_CHANNELS[name]}`);
}

/** `{ ok: false, reason }` rebuilt, when `reason` is one of `reasons`; undefined for anything else. */
function failure<Reason extends string>(
  value: unknown,
  reasons: readonly Reason[],
): { ok: false; reason: Reason } | undefined {
  if (!isRecord(value) || value.ok !== false) return undefined;
  const reason = reasons.find((known) => known === value.reason);
  return reason === undefined ? undefined : { ok: false, reason };
}

function isOk(value: unknown): value is Record<string, unknown> & { ok: true } {
  return isRecord(value) && value.ok === true;
}

function toFileName(value: unknown): SyncFileName | undefined {
  if (!isRecord(value)) return undefined;
  const { computerId, kind, seq } = value;
  if (!isComputerId(computerId) || (kind !== 'log' && kind !== 'snapshot') || !isValidSeq(seq))
    return undefined;
  return { computerId, kind, seq };
}

function toSyncFile(value: unknown): SyncFile | undefined {
  const fileName = toFileName(value);
  if (fileName === undefined || !isRecord(value)) return undefined;
  const { name, sizeBytes, modifiedMs } = value;
  if (name !== syncFileName(fileName.kind, fileName.seq)) return undefined;
  if (typeof sizeBytes !== 'number' || !Number.isSafeInteger(sizeBytes) || sizeBytes < 0) return undefined;
  if (typeof modifiedMs !== 'number' || !Number.isFinite(modifiedMs)) return undefined;
  return { ...fileName, name, sizeBytes, modifiedMs };
}

function toSyncFiles(value: unknown): SyncFile[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const files: SyncFile[] = [];
  for (const item of value) {
    const file = toSyncFile(item);
    if (file === undefined) return undefined;
    files.push(file);
  }
  return files;
}

function toFolderInfo(value: unknown): SyncFolderInfo | undefined {
  if (!isRecord(value)) return undefined;
  const { location, isAvailable, hasKeyCheck } = value;
  if (typeof location !== 'string' || typeof isAvailable !== 'boolean' || typeof hasKeyCheck !== 'boolean') {
    return undefined;
  }
  return { location, isAvailable, hasKeyCheck };
}

const NO_FOLDER = ['no-folder'] as const;

function toChooseResult(value: unknown): ChooseSyncFolderResult | undefined {
  if (isOk(value)) {
    const folder = toFolderInfo(value.folder);
    return folder === undefined ? undefined : { ok: true, folder };
  }
  return failure(value, ['cancelled', 'not-saved']);
}

function toStatusResult(value: unknown): SyncFolderStatusResult | undefined {
  if (!isOk(value)) return undefined;
  if (value.folder === null) return { ok: true, folder: null };
  const folder = toFolderInfo(value.folder);
  return folder === undefined ? undefined : { ok: true, folder };
}

function toKeyCheckResult(value: unknown): KeyCheckReadResult | SyncNoFolder | undefined {
  if (isOk(value)) return typeof value.text === 'string' ? { ok: true, text: value.text } : undefined;
  return failure(value, ['missing', 'too-large', 'folder-unavailable', ...NO_FOLDER]);
}

function toStartResult(value: unknown): StartResult | SyncNoFolder | undefined {
  if (isOk(value)) return { ok: true };
  return failure(value, ['already-exists', 'folder-unavailable', ...NO_FOLDER]);
}

function toSaveResult(value: unknown): SaveResult | SyncNoFolder | undefined {
  if (isOk(value)) {
    const file = toFileName(value.file);
    if (file === undefined) return undefined;
    if (value.removed === undefined) return { ok: true, file };
    const { removed } = value;
    if (!Array.isArray(removed) || !removed.every((name) => typeof name === 'string')) return undefined;
    return { ok: true, file, removed: removed.map(String) };
  }
  return failure(value, ['already-exists', 'not-a-batch', 'folder-unavailable', ...NO_FOLDER]);
}

function toListResult(value: unknown): ListResult | SyncNoFolder | undefined {
  if (isOk(value)) {
    const files = toSyncFiles(value.files);
    return files === undefined ? undefined : { ok: true, files };
  }
  return failure(value, ['folder-unavailable', ...NO_FOLDER]);
}

function toReadResult(value: unknown): ReadResult | SyncNoFolder | undefined {
  if (isOk(value)) return value.bytes instanceof Uint8Array ? { ok: true, bytes: value.bytes } : undefined;
  return failure(value, ['missing', 'incomplete', 'too-large', 'folder-unavailable', ...NO_FOLDER]);
}

function toForgetFolderResult(value: unknown): ForgetSyncFolderResult | undefined {
  if (isOk(value)) return { ok: true };
  return failure(value, ['not-saved']);
}

function toDoneResult(value: unknown): SyncDoneResult | undefined {
  return isOk(value) ? { ok: true } : undefined;
}

function toRememberResult(value: unknown): RememberSyncKeyResult | undefined {
  if (isOk(value)) return { ok: true };
  return failure(value, ['no-secure-storage', 'not-saved']);
}

function toRecallResult(value: unknown): RecallSyncKeyResult | undefined {
  if (isOk(value)) {
    const { keyBytes } = value;
    return keyBytes instanceof Uint8Array && keyBytes.length === SYNC_KEY_BYTES
      ? { ok: true, keyBytes }
      : undefined;
  }
  return failure(value, ['none', 'no-secure-storage', 'unreadable']);
}

function toComputerIdResult(value: unknown): SyncComputerIdResult | undefined {
  return isOk(value) && isComputerId(value.computerId)
    ? { ok: true, computerId: value.computerId }
    : undefined;
}

/** A watcher message rebuilt field by field, or undefined for anything else (the preload drops it). */
export function toSyncFolderChange(payload: unknown): SyncFolderChange | undefined {
  if (!isRecord(payload)) return undefined;
  if (payload.kind === 'available' || payload.kind === 'unavailable') return { kind: payload.kind };
  if (payload.kind === 'files') {
    const files = toSyncFiles(payload.files);
    return files === undefined ? undefined : { kind: 'files', files };
  }
  return undefined;
}

export function createSyncApi(invoke: Invoke, onSyncFolderChanged: SyncApi['onSyncFolderChanged']): SyncApi {
  async function ask<Result>(
    name: Channel,
    parse: (value: unknown) => Result | undefined,
    ...args: unknown[]
  ): Promise<Result> {
    const answer = parse(await invoke(SYNC_IPC_CHANNELS[name], ...args));
    if (answer === undefined) throw unexpected(name);
    return answer;
  }

  const api = {
    chooseSyncFolder: () => ask('chooseSyncFolder', toChooseResult),
    syncFolderStatus: () => ask('syncFolderStatus', toStatusResult),
    readKeyCheck: () => ask('readKeyCheck', toKeyCheckResult),
    startSyncFolder: (keyCheckText: string) => ask('startSyncFolder', toStartResult, keyCheckText),
    sendChanges: (computerId: string, seq: number, bytes: Uint8Array) =>
      ask('sendChanges', toSaveResult, computerId, seq, bytes),
    saveSnapshot: (computerId: string, seq: number, bytes: Uint8Array) =>
      ask('saveSnapshot', toSaveResult, computerId, seq, bytes),
    listSyncFiles: () => ask('listSyncFiles', toListResult),
    // async, so a page passing something that is not an object gets a rejection, like every other refusal.
    readSyncFile: async (file: SyncFileName) =>
      ask('readSyncFile', toReadResult, { computerId: file.computerId, kind: file.kind, seq: file.seq }),
    forgetSyncFolder: () => ask('forgetSyncFolder', toForgetFolderResult),
    rememberSyncKey: (keyBytes: Uint8Array) => ask('rememberSyncKey', toRememberResult, keyBytes),
    recallSyncKey: () => ask('recallSyncKey', toRecallResult),
    forgetSyncKey: () => ask('forgetSyncKey', toDoneResult),
    syncComputerId: () => ask('syncComputerId', toComputerIdResult),
  } satisfies SyncInvokeApi;
  return { ...api, onSyncFolderChanged };
}
