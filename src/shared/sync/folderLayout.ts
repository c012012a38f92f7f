/**
 * The sync folder's names and the shapes the main process hands the window (shared so the desktop API can
 * name them). Which files to read next is decided here, purely, from a listing.
 */
import type { BatchKind } from './codec';
import { isValidSeq } from './codec';
import { DEVICE_ID_PATTERN } from './crypto';

export const KEY_CHECK_FILE_NAME = 'journal.json';
export const DEVICES_FOLDER_NAME = 'devices';
/** `log-00000042.ubjsync`, `snapshot-00000042.ubjsync`: nothing else in a computer's folder is ever read. */
const BATCH_FILE_PATTERN = /^(log|snapshot)-(\d{8})\.ubjsync$/;

/** One batch file of one computer; its path is rebuilt from these, never taken from outside. */
export interface SyncFileName {
  computerId: string;
  kind: BatchKind;
  seq: number;
}

export interface SyncFile extends SyncFileName {
  name: string;
  sizeBytes: number;
  modifiedMs: number;
}

export type SaveResult =
  | { ok: true; file: SyncFileName; removed?: string[] }
  | { ok: false; reason: 'already-exists' | 'not-a-batch' | 'folder-unavailable' };

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'missing' | 'incomplete' | 'too-large' | 'folder-unavailable' };

export type ListResult = { ok: true; files: SyncFile[] } | { ok: false; reason: 'folder-unavailable' };

export type KeyCheckReadResult =
  { ok: true; text: string } | { ok: false; reason: 'missing' | 'too-large' | 'folder-unavailable' };

export type StartResult = { ok: true } | { ok: false; reason: 'already-exists' | 'folder-unavailable' };

export function isComputerId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID_PATTERN.test(value);
}

export function syncFileName(kind: BatchKind, seq: number): string {
  if (!isValidSeq(seq)) throw new Error('A sync file number must be a whole number of at most 8 digits');
  return `${kind}-${String(seq).padStart(8, '0')}.ubjsync`;
}

/** The kind and number in a batch file's name; null for any other name (temp files included). */
export function parseSyncFileName(name: string): { kind: BatchKind; seq: number } | null {
  const match = BATCH_FILE_PATTERN.exec(name);
  if (match === null) return null;
  const kind = match[1] === 'log' ? 'log' : 'snapshot';
  return { kind, seq: Number(match[2]) };
}

/**
 * For each other computer, the files to read now, in order: its newest snapshot newer than what was already
 * merged (if any), then its logs that follow without a gap. `merged` holds, per computer, the highest seq
 * already merged; a computer's logs are numbered from 1. A gap (a log not delivered yet, or removed by a
 * snapshot that is not here yet) stops that computer's list, so what was merged is always everything up to
 * one number and nothing is skipped.
 */
export function filesToRead(files: SyncFile[], merged: Readonly<Record<string, number>>): SyncFileName[] {
  const byComputer = new Map<string, SyncFile[]>();
  for (const file of files)
    byComputer.set(file.computerId, [...(byComputer.get(file.computerId) ?? []), file]);
  const plan: SyncFileName[] = [];
  for (const computerId of [...byComputer.keys()].sort()) {
    const own = byComputer.get(computerId) ?? [];
    let upTo = merged[computerId] ?? 0;
    const snapshots = own.filter((file) => file.kind === 'snapshot' && file.seq > upTo);
    const newest = snapshots.reduce<SyncFile | null>(
      (best, file) => (best === null || file.seq > best.seq ? file : best),
      null,
    );
    if (newest !== null) {
      plan.push({ computerId, kind: 'snapshot', seq: newest.seq });
      upTo = newest.seq;
    }
    const logs = new Set(own.filter((file) => file.kind === 'log').map((file) => file.seq));
    while (logs.has(upTo + 1)) {
      upTo += 1;
      plan.push({ computerId, kind: 'log', seq: upTo });
    }
  }
  return plan;
}
