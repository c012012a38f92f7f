/**
 * What the main process keeps about sync in the app's data folder (`sync-settings.json`): this computer's id
 * and the folder the person chose. Kept in main, like the window position, because the window never names a
 * path: it can only ask main to show the folder picker.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DEVICE_ID_PATTERN } from '@shared/sync/crypto';
import type { MainFs } from '../atomicFile';
import { isMissingFileError, writeFileAtomically } from '../atomicFile';

export const SYNC_SETTINGS_FILE_NAME = 'sync-settings.json';

export function syncSettingsPath(userDataDir: string): string {
  return join(userDataDir, SYNC_SETTINGS_FILE_NAME);
}

export interface SyncSettings {
  computerId: string;
  /** The chosen sync folder's absolute path; null while sync is off. */
  folder: string | null;
}

/** A path is at most a few thousand characters on every system; a longer one is not one we wrote. */
const MAX_PATH_LENGTH = 4096;
const settingsSchema = z.object({
  computerId: z.string().regex(DEVICE_ID_PATTERN),
  folder: z.string().min(1).max(MAX_PATH_LENGTH).nullable(),
});

export interface SyncSettingsStore {
  /** The settings, made (with a new computer id) the first time; later reads come from memory. */
  load(): Promise<SyncSettings>;
  /** Writes the file atomically; throws when it cannot, so a choice is never reported as kept when it is not. */
  setFolder(folder: string | null): Promise<SyncSettings>;
}

export function createSyncSettingsStore(options: {
  fs: MainFs;
  filePath: string;
  newComputerId: () => string;
  onError: (message: string, error: unknown) => void;
}): SyncSettingsStore {
  const { fs, filePath } = options;
  let current: Promise<SyncSettings> | undefined;

  async function read(): Promise<SyncSettings | undefined> {
    let text: string;
    try {
      text = await fs.readFile(filePath, 'utf8');
    } catch (error) {
      if (!isMissingFileError(error)) options.onError('Could not read the sync settings', error);
      return undefined;
    }
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Falls through to the message below.
    }
    options.onError('The sync settings file was not readable; sync starts off', undefined);
    return undefined;
  }

  async function write(settings: SyncSettings): Promise<void> {
    await writeFileAtomically(fs, filePath, `${JSON.stringify(settings, null, 2)}\n`);
  }

  async function loadOnce(): Promise<SyncSettings> {
    const saved = await read();
    if (saved !== undefined) return saved;
    // A new computer, or a damaged file: a fresh id is safe, it only joins the folder as another computer.
    const fresh: SyncSettings = { computerId: options.newComputerId(), folder: null };
    try {
      await write(fresh);
    } catch (error) {
      options.onError('Could not save the sync settings', error);
    }
    return fresh;
  }

  return {
    load: () => {
      current ??= loadOnce();
      return current;
    },
    setFolder: async (folder) => {
      current ??= loadOnce();
      const next = { ...(await current), folder };
      await write(next);
      current = Promise.resolve(next);
      return next;
    },
  };
}
