/**
 * Keeps this computer's sync key (never the passphrase) so sync can start without asking each time: encrypted
 * by the system's secure storage (Electron's safeStorage: the macOS Keychain, Windows DPAPI, the Linux keyring)
 * and written to `sync-key.json` in the app's data folder. Where there is no secure storage, nothing is kept.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { OnDesktop, RecallSyncKeyResult, RememberSyncKeyResult } from '@shared/api';
import { SYNC_KEY_BYTES } from '@shared/api';
import { base64FromBytes, bytesFromBase64 } from '@shared/sync/bytes';
import type { MainFs } from '../atomicFile';
import { isMissingFileError, writeFileAtomically } from '../atomicFile';

export const SYNC_KEY_FILE_NAME = 'sync-key.json';

export function syncKeyPath(userDataDir: string): string {
  return join(userDataDir, SYNC_KEY_FILE_NAME);
}

/** The parts of Electron's safeStorage used here (its asynchronous API; the synchronous one is deprecated). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only: which keyring it uses. 'basic_text' means a fixed built-in password, not a secret. */
  getSelectedStorageBackend(): string;
}

const KEY_FILE_FORMAT = 'upper-back-journal-sync-key';
const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(1),
  /** safeStorage's ciphertext, base64. */
  encrypted: z
    .string()
    .min(1)
    .max(64 * 1024),
});

export interface SyncKeyStore {
  remember(keyBytes: Uint8Array): Promise<OnDesktop<RememberSyncKeyResult>>;
  recall(): Promise<OnDesktop<RecallSyncKeyResult>>;
  /** Removes the kept key; never throws (a key that cannot be removed is logged). */
  forget(): Promise<void>;
}

export function createSyncKeyStore(options: {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  fs: MainFs;
  filePath: string;
  onError: (message: string, error: unknown) => void;
}): SyncKeyStore {
  const { safeStorage, fs, filePath } = options;

  async function isSecureStorageAvailable(): Promise<boolean> {
    try {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      // On Linux without a keyring Electron "encrypts" with a password built into every copy of Chromium:
      // as good as plain text, so it counts as no secure storage.
      if (options.platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend();
        if (backend === 'basic_text' || backend === 'unknown') return false;
      }
      return true;
    } catch (error) {
      options.onError('Could not ask for the secure storage', error);
      return false;
    }
  }

  async function write(keyBytes: Uint8Array): Promise<void> {
    const encrypted = await safeStorage.encryptStringAsync(base64FromBytes(keyBytes));
    const file = { format: KEY_FILE_FORMAT, formatVersion: 1, encrypted: base64FromBytes(encrypted) };
    await writeFileAtomically(fs, filePath, `${JSON.stringify(file)}\n`);
  }

  async function forget(): Promise<void> {
    try {
      await fs.unlink(filePath);
    } catch (error) {
      if (!isMissingFileError(error)) options.onError('Could not remove the kept sync key', error);
    }
  }

  return {
    remember: async (keyBytes) => {
      if (keyBytes.length !== SYNC_KEY_BYTES) throw new Error('A sync key is 32 bytes');
      if (!(await isSecureStorageAvailable())) {
        // A key kept earlier, when secure storage still worked, must not outlive this choice.
        await forget();
        return { ok: false, reason: 'no-secure-storage' };
      }
      try {
        await write(keyBytes);
        return { ok: true };
      } catch (error) {
        options.onError('Could not keep the sync key', error);
        return { ok: false, reason: 'not-saved' };
      }
    },
    recall: async () => {
      let text: string;
      try {
        text = await fs.readFile(filePath, 'utf8');
      } catch (error) {
        if (!isMissingFileError(error)) options.onError('Could not read the kept sync key', error);
        return { ok: false, reason: 'none' };
      }
      if (!(await isSecureStorageAvailable())) return { ok: false, reason: 'no-secure-storage' };
      let encrypted: Uint8Array | null = null;
      try {
        const parsed = keyFileSchema.safeParse(JSON.parse(text));
        if (parsed.success) encrypted = bytesFromBase64(parsed.data.encrypted);
      } catch {
        encrypted = null;
      }
      if (encrypted === null) return { ok: false, reason: 'unreadable' };
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(encrypted));
        const keyBytes = bytesFromBase64(result);
        if (keyBytes === null || keyBytes.length !== SYNC_KEY_BYTES)
          return { ok: false, reason: 'unreadable' };
        if (shouldReEncrypt) {
          // The system rotated its key; store it again under the new one, and use it either way.
          await write(keyBytes).catch((error: unknown) =>
            options.onError('Could not keep the sync key again', error),
          );
        }
        return { ok: true, keyBytes };
      } catch (error) {
        options.onError('The secure storage would not open the kept sync key', error);
        return { ok: false, reason: 'unreadable' };
      }
    },
    forget,
  };
}
