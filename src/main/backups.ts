import { dirname, join, resolve } from 'node:path';
import type { AutomaticBackupFile, AutomaticBackupReason } from '@shared/api';
import { AUTOMATIC_BACKUP_REASONS } from '@shared/api';
import { addCalendarDays, calendarDayOf } from '@shared/dates';
import type { MainFs } from './atomicFile';
import { isMissingFileError, MAX_FILE_BYTES, TEMP_SUFFIX_PATTERN, writeFileAtomically } from './atomicFile';

export const BACKUPS_FOLDER_NAME = 'backups';

export function backupsFolder(userDataDir: string): string {
  return join(userDataDir, BACKUPS_FOLDER_NAME);
}

/** Every backup the renderer writes starts with exactly this; anything else is refused unread. */
export const BACKUP_CONTENT_PREFIX = '{"format":"upper-back-journal-backup"';

const NAME_PREFIX = 'journal-backup-';
const NAME_PATTERN = new RegExp(
  `^${NAME_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${AUTOMATIC_BACKUP_REASONS.join('|')})\\.json$`,
);

function isReason(value: string): value is AutomaticBackupReason {
  return AUTOMATIC_BACKUP_REASONS.some((reason) => reason === value);
}

/**
 * `journal-backup-2026-11-21T09-30-00-000Z-start.json`: the UTC instant with ':' and '.' replaced (they are
 * not allowed in Windows file names), so names sort in time order, then why the backup was written.
 */
export function backupFileName(date: Date, reason: AutomaticBackupReason): string {
  if (!isReason(reason)) throw new Error(`Unknown backup reason: ${String(reason)}`);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 0 || year > 9999) throw new Error('Invalid backup date');
  return `${NAME_PREFIX}${date.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

/** When and why a backup was written, read from its name; null for any name backupFileName cannot produce. */
export function parseBackupFileName(
  name: string,
): { createdAt: string; reason: AutomaticBackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (match === null) return null;
  const [, year, month, day, hours, minutes, seconds, millis, reason] = match;
  if (reason === undefined || !isReason(reason)) return null;
  const createdAt = `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const date = new Date(createdAt);
  // Rejects impossible dates such as month 13 or 30 February, which Date would otherwise roll over.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) return null;
  return { createdAt, reason };
}

export interface RetentionPolicy {
  /** How many backups to keep from today. */
  keepToday: number;
  /** How many earlier calendar days keep one backup each (the newest of that day). */
  keepDays: number;
  /** The most backups kept in all. */
  cap: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { keepToday: 5, keepDays: 30, cap: 60 };

export interface DatedFile {
  name: string;
  /** ISO instant. */
  createdAt: string;
}

function newestFirst(a: DatedFile, b: DatedFile): number {
  const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (byTime !== 0) return byTime;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/**
 * Which backups to keep: the newest `keepToday` from today, the newest of each of the `keepDays` calendar
 * days before today, at most `cap` in all (the oldest go first), and always the newest backup of all, however
 * old, so there is never nothing to restore. Days are calendar days in `timeZone`, counted by date rather
 * than by 24-hour steps, so a daylight-saving change moves nothing. A backup dated after today (the clock was
 * wrong when it was written) counts as today's.
 */
export function planRetention(
  files: readonly DatedFile[],
  now: Date,
  timeZone: string,
  policy: RetentionPolicy = DEFAULT_RETENTION_POLICY,
): { keep: string[]; remove: string[] } {
  const sorted = [...files].sort(newestFirst);
  const today = calendarDayOf(now.toISOString(), timeZone);
  const firstKeptDay = addCalendarDays(today, -policy.keepDays);

  const keep: string[] = [];
  const daysKept = new Set<string>();
  let keptToday = 0;
  for (const file of sorted) {
    const fileDay = calendarDayOf(file.createdAt, timeZone);
    const day = fileDay > today ? today : fileDay;
    if (day === today) {
      if (keptToday < policy.keepToday) {
        keptToday += 1;
        keep.push(file.name);
      }
    } else if (day >= firstKeptDay && !daysKept.has(day)) {
      daysKept.add(day);
      keep.push(file.name);
    }
  }
  const newest = sorted[0];
  if (newest !== undefined && !keep.includes(newest.name)) keep.unshift(newest.name);

  // keep is newest first, so cutting its tail drops the oldest.
  const kept = new Set(keep.slice(0, Math.max(1, policy.cap)));
  return {
    keep: sorted.filter((file) => kept.has(file.name)).map((file) => file.name),
    remove: sorted.filter((file) => !kept.has(file.name)).map((file) => file.name),
  };
}

/** A temp file left in the backups folder by an interrupted write of a valid backup name. */
export function isBackupTempFileName(name: string): boolean {
  const match = TEMP_SUFFIX_PATTERN.exec(name);
  return match !== null && parseBackupFileName(name.slice(0, match.index)) !== null;
}

/**
 * Refuses anything that is not one of the journal's backups: the main process writes backups, and is not a
 * general way for the page to put files on the disk. Checking the start is enough (and instant, where parsing
 * a 100 MB backup would stall the main process); the renderer validates a backup fully before restoring it.
 */
export function assertBackupContent(content: unknown, maxBytes: number = MAX_FILE_BYTES): string {
  if (typeof content !== 'string') throw new Error('Refused: a backup must be text');
  if (!content.startsWith(BACKUP_CONTENT_PREFIX) || !content.slice(-64).trimEnd().endsWith('}')) {
    throw new Error('Refused: this is not a journal backup');
  }
  if (Buffer.byteLength(content, 'utf8') > maxBytes) throw new Error('Refused: the backup is too large');
  return content;
}

/** Writes one backup atomically into the folder, under a name parseBackupFileName accepts (and only such). */
export async function writeBackupFile(
  fs: MainFs,
  folder: string,
  name: string,
  content: string,
): Promise<void> {
  if (parseBackupFileName(name) === null) throw new Error('Refused: not a backup file name');
  await writeFileAtomically(fs, join(folder, name), content);
}

/** The path of a backup in the folder, or null when the name is not a backup's or would leave the folder. */
export function backupPath(folder: string, name: string): string | null {
  if (parseBackupFileName(name) === null) return null;
  const root = resolve(folder);
  const path = resolve(root, name);
  return dirname(path) === root ? path : null;
}

export interface BackupStore {
  /** Writes a backup, then deletes those the retention policy no longer keeps. */
  write(content: string, reason: AutomaticBackupReason): Promise<AutomaticBackupFile>;
  /** The backups, newest first; files with other names are ignored. */
  list(): Promise<AutomaticBackupFile[]>;
  /** The text of one backup, by its file name. */
  read(name: string): Promise<string>;
  /** The folder, for the person to find their backups. */
  location(): string;
}

export interface BackupStoreOptions {
  fs: MainFs;
  folder: string;
  now: () => Date;
  /** Read at each write, so a change of time zone while the app runs is followed. */
  timeZone: () => string;
  policy?: RetentionPolicy;
  maxBytes?: number;
  /** Told about a backup that could not be deleted; the write itself still succeeds. */
  onError?: (error: unknown) => void;
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { fs, folder } = options;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const reportError = options.onError ?? (() => undefined);

  async function namesInFolder(): Promise<string[]> {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
  }

  async function list(): Promise<AutomaticBackupFile[]> {
    const backups: AutomaticBackupFile[] = [];
    for (const name of await namesInFolder()) {
      const parsed = parseBackupFileName(name);
      if (parsed === null) continue;
      try {
        const stats = await fs.lstat(join(folder, name));
        if (stats.isFile()) backups.push({ name, ...parsed, sizeBytes: stats.size });
      } catch (error) {
        // Deleted between listing and reading its size: simply not there.
        if (!isMissingFileError(error)) throw error;
      }
    }
    return backups.sort(newestFirst);
  }

  async function removeQuietly(name: string): Promise<void> {
    try {
      await fs.unlink(join(folder, name));
    } catch (error) {
      if (!isMissingFileError(error)) reportError(error);
    }
  }

  async function writeNow(content: string, reason: AutomaticBackupReason): Promise<AutomaticBackupFile> {
    assertBackupContent(content, maxBytes);
    const createdAt = options.now();
    const name = backupFileName(createdAt, reason);
    await fs.mkdir(folder, { recursive: true });
    await writeBackupFile(fs, folder, name, content);

    try {
      const plan = planRetention(await list(), createdAt, options.timeZone(), options.policy);
      for (const old of plan.remove) if (old !== name) await removeQuietly(old);
      // Writes run one at a time, so every temp file left now is from an earlier, interrupted write.
      for (const leftover of (await namesInFolder()).filter(isBackupTempFileName))
        await removeQuietly(leftover);
    } catch (error) {
      reportError(error);
    }
    return {
      name,
      createdAt: createdAt.toISOString(),
      reason,
      sizeBytes: Buffer.byteLength(content, 'utf8'),
    };
  }

  // One write at a time: tidying up after one write must never delete another's temp file mid-write.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    write: (content, reason) => {
      const result = queue.then(() => writeNow(content, reason));
      queue = result.catch(() => undefined);
      return result;
    },
    list,
    read: async (name) => {
      const path = backupPath(folder, name);
      if (path === null) throw new Error('Refused: not a backup file name');
      const stats = await fs.lstat(path);
      if (!stats.isFile()) throw new Error('Refused: not a backup file');
      if (stats.size > maxBytes) throw new Error('Refused: the backup is too large');
      return fs.readFile(path, 'utf8');
    },
    location: () => folder,
  };
}
