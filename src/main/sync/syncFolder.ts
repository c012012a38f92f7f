/**
 * The sync folder on disk: journal.json, and one folder per computer holding only that computer's encrypted
 * batch files. The main process only moves bytes; the window encrypts, decrypts and merges. Layout and formats:
 * docs/sync-format.md.
 */
import { link, lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchKind } from '@shared/sync/codec';
import { isValidSeq, readBatchHeader } from '@shared/sync/codec';
import type {
  KeyCheckReadResult,
  ListResult,
  ReadResult,
  SaveResult,
  StartResult,
  SyncFile,
  SyncFileName,
} from '@shared/sync/folderLayout';
import {
  DEVICES_FOLDER_NAME,
  isComputerId,
  KEY_CHECK_FILE_NAME,
  parseSyncFileName,
  syncFileName,
} from '@shared/sync/folderLayout';
import type { FileHandleLike } from '../atomicFile';
import { isMissingFileError, tempPathFor } from '../atomicFile';

/** journal.json is a few hundred bytes; anything much bigger is not one. */
export const MAX_KEY_CHECK_BYTES = 64 * 1024;
/** A batch file's most: its 256 MiB of ciphertext plus the header and checksum. */
export const MAX_SYNC_FILE_BYTES = 256 * 1024 * 1024 + 1024;

export type { SyncFile, SyncFileName } from '@shared/sync/folderLayout';
export {
  DEVICES_FOLDER_NAME,
  isComputerId,
  parseSyncFileName,
  syncFileName,
} from '@shared/sync/folderLayout';

export interface SyncFolderFs {
  /** Always 'wx': create a new file, and fail if one with that name exists. */
  open(path: string, flags: 'wx'): Promise<FileHandleLike>;
  /** A second name for a file; fails if the new name exists, which is how a write never overwrites. */
  link(existingPath: string, newPath: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  /** lstat: a symbolic link is reported as a link, never followed. */
  lstat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeSyncFolderFs: SyncFolderFs = {
  open: (path, flags) => open(path, flags),
  link: (existingPath, newPath) => link(existingPath, newPath),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  mkdir: (path, options) => mkdir(path, options),
  readdir: (path) => readdir(path),
  lstat: (path) => lstat(path),
  readFile: (path) => readFile(path),
};

function isExistsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}

/** Link is missing on some file systems (FAT and exFAT drives, some network shares). */
function isLinkUnsupported(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL'].includes(String(error.code))
  );
}

export interface SyncFolder {
  /** The folder's journal.json text, or why it cannot be read ('missing' on a folder nobody set up yet). */
  readKeyCheck(): Promise<KeyCheckReadResult>;
  /** Sets the folder up with its journal.json; refused when another computer set it up first. */
  startSyncFolder(keyCheckText: string): Promise<StartResult>;
  /** Writes this computer's next log file; an existing file is never replaced. */
  sendChanges(computerId: string, seq: number, bytes: Uint8Array): Promise<SaveResult>;
  /** Writes a snapshot, then removes this computer's logs and snapshots it replaces. */
  saveSnapshot(computerId: string, seq: number, bytes: Uint8Array): Promise<SaveResult>;
  /** Every computer's batch files; anything with another name is ignored. */
  listSyncFiles(): Promise<ListResult>;
  readSyncFile(file: SyncFileName): Promise<ReadResult>;
}

export function createSyncFolder(root: string, fs: SyncFolderFs = nodeSyncFolderFs): SyncFolder {
  const devicesFolder = join(root, DEVICES_FOLDER_NAME);
  const keyCheckPath = join(root, KEY_CHECK_FILE_NAME);

  async function isFolderThere(): Promise<boolean> {
    try {
      return (await fs.lstat(root)).isDirectory();
    } catch {
      return false;
    }
  }

  /**
   * Temp file in the same folder (a name no reader accepts), flushed to disk, then given its final name with
   * link, which fails instead of replacing a file already there; rename with a check first where link is not
   * available. Only this computer writes in its folder, so that check cannot race another writer.
   */
  async function writeNewFile(finalPath: string, bytes: Uint8Array): Promise<'written' | 'already-exists'> {
    const tempPath = tempPathFor(finalPath);
    const handle = await fs.open(tempPath, 'wx');
    try {
      try {
        await handle.writeFile(bytes, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fs.link(tempPath, finalPath);
        return 'written';
      } catch (error) {
        if (isExistsError(error)) return 'already-exists';
        if (!isLinkUnsupported(error)) throw error;
      }
      const exists = await fs.lstat(finalPath).then(
        () => true,
        (error: unknown) => {
          if (isMissingFileError(error)) return false;
          throw error;
        },
      );
      if (exists) return 'already-exists';
      await fs.rename(tempPath, finalPath);
      return 'written';
    } finally {
      await fs.unlink(tempPath).catch(() => undefined);
    }
  }

  async function writeBatch(
    computerId: string,
    kind: BatchKind,
    seq: number,
    bytes: Uint8Array,
  ): Promise<SaveResult> {
    if (!isComputerId(computerId) || !isValidSeq(seq) || !(bytes instanceof Uint8Array)) {
      return { ok: false, reason: 'not-a-batch' };
    }
    // The plain header must name this very file, so the window can never file a batch under the wrong name.
    const header = readBatchHeader(bytes);
    if (
      !header.ok ||
      header.header.device !== computerId ||
      header.header.seq !== seq ||
      header.header.kind !== kind
    ) {
      return { ok: false, reason: 'not-a-batch' };
    }
    if (!(await isFolderThere())) return { ok: false, reason: 'folder-unavailable' };
    const folder = join(devicesFolder, computerId);
    try {
      await fs.mkdir(folder, { recursive: true });
      const outcome = await writeNewFile(join(folder, syncFileName(kind, seq)), bytes);
      if (outcome === 'already-exists') return { ok: false, reason: 'already-exists' };
    } catch {
      return { ok: false, reason: 'folder-unavailable' };
    }
    return { ok: true, file: { computerId, kind, seq } };
  }

  async function listComputer(computerId: string): Promise<SyncFile[]> {
    const folder = join(devicesFolder, computerId);
    let names: string[];
    try {
      const stats = await fs.lstat(folder);
      if (!stats.isDirectory()) return [];
      names = await fs.readdir(folder);
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
    const files: SyncFile[] = [];
    for (const name of names) {
      const parsed = parseSyncFileName(name);
      if (parsed === null) continue;
      try {
        const stats = await fs.lstat(join(folder, name));
        if (stats.isFile())
          files.push({ computerId, ...parsed, name, sizeBytes: stats.size, modifiedMs: stats.mtimeMs });
      } catch (error) {
        // Removed between listing and looking: simply not there.
        if (!isMissingFileError(error)) throw error;
      }
    }
    return files.sort(byComputerThenSeq);
  }

  async function listSyncFiles(): Promise<ListResult> {
    if (!(await isFolderThere())) return { ok: false, reason: 'folder-unavailable' };
    try {
      let computers: string[];
      try {
        computers = (await fs.readdir(devicesFolder)).filter(isComputerId);
      } catch (error) {
        if (isMissingFileError(error)) return { ok: true, files: [] };
        throw error;
      }
      const files = (await Promise.all(computers.sort().map(listComputer))).flat();
      return { ok: true, files: files.sort(byComputerThenSeq) };
    } catch {
      return { ok: false, reason: 'folder-unavailable' };
    }
  }

  async function saveSnapshot(computerId: string, seq: number, bytes: Uint8Array): Promise<SaveResult> {
    const saved = await writeBatch(computerId, 'snapshot', seq, bytes);
    if (!saved.ok) return saved;
    const removed: string[] = [];
    try {
      for (const file of await listComputer(computerId)) {
        const replaced = file.kind === 'log' ? file.seq <= seq : file.seq < seq;
        if (!replaced) continue;
        await fs.unlink(join(devicesFolder, computerId, file.name)).catch((error: unknown) => {
          if (!isMissingFileError(error)) throw error;
        });
        removed.push(file.name);
      }
    } catch {
      // The snapshot is written; files left over are tidied at the next snapshot.
    }
    return { ...saved, removed };
  }

  async function readSyncFile(file: SyncFileName): Promise<ReadResult> {
    if (
      !isComputerId(file.computerId) ||
      (file.kind !== 'log' && file.kind !== 'snapshot') ||
      !isValidSeq(file.seq)
    ) {
      return { ok: false, reason: 'missing' };
    }
    const path = join(devicesFolder, file.computerId, syncFileName(file.kind, file.seq));
    try {
      const stats = await fs.lstat(path);
      if (!stats.isFile()) return { ok: false, reason: 'missing' };
      if (stats.size > MAX_SYNC_FILE_BYTES) return { ok: false, reason: 'too-large' };
      const bytes = await fs.readFile(path);
      const header = readBatchHeader(bytes);
      if (!header.ok && header.reason === 'incomplete') return { ok: false, reason: 'incomplete' };
      return { ok: true, bytes };
    } catch (error) {
      if (isMissingFileError(error))
        return { ok: false, reason: (await isFolderThere()) ? 'missing' : 'folder-unavailable' };
      return { ok: false, reason: 'folder-unavailable' };
    }
  }

  return {
    readKeyCheck: async () => {
      try {
        const stats = await fs.lstat(keyCheckPath);
        if (!stats.isFile()) return { ok: false, reason: 'missing' };
        if (stats.size > MAX_KEY_CHECK_BYTES) return { ok: false, reason: 'too-large' };
        return { ok: true, text: new TextDecoder().decode(await fs.readFile(keyCheckPath)) };
      } catch (error) {
        if (isMissingFileError(error) && (await isFolderThere())) return { ok: false, reason: 'missing' };
        return { ok: false, reason: 'folder-unavailable' };
      }
    },
    startSyncFolder: async (keyCheckText) => {
      if (!(await isFolderThere())) return { ok: false, reason: 'folder-unavailable' };
      try {
        const outcome = await writeNewFile(keyCheckPath, new TextEncoder().encode(keyCheckText));
        if (outcome === 'already-exists') return { ok: false, reason: 'already-exists' };
        await fs.mkdir(devicesFolder, { recursive: true });
        return { ok: true };
      } catch {
        return { ok: false, reason: 'folder-unavailable' };
      }
    },
    sendChanges: (computerId, seq, bytes) => writeBatch(computerId, 'log', seq, bytes),
    saveSnapshot,
    listSyncFiles,
    readSyncFile,
  };
}

function byComputerThenSeq(a: SyncFile, b: SyncFile): number {
  if (a.computerId !== b.computerId) return a.computerId < b.computerId ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.kind === b.kind ? 0 : a.kind === 'snapshot' ? -1 : 1;
}
