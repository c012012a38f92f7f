/** Small stand-ins for the Electron objects the sync service takes: the folder picker, safeStorage, a page. */
import type { OpenDialogOptions } from 'electron';
import type { SyncFolderChange } from '@shared/api';
import type { SafeStorageLike } from '../../../../src/main/sync/syncKeyStore';
import type {
  OpenDialogLike,
  OpenDialogResultLike,
  SyncNewsTarget,
} from '../../../../src/main/sync/syncService';

export const OWNER_WINDOW = { window: 'journal' };

/** A folder picker that answers the next folder queued, or "cancelled" when none is. */
export class FakeFolderPicker implements OpenDialogLike<typeof OWNER_WINDOW> {
  readonly shown: { owner: unknown; options: OpenDialogOptions }[] = [];
  private readonly answers: (string | null)[] = [];

  willChoose(folder: string | null): this {
    this.answers.push(folder);
    return this;
  }

  showOpenDialog(window: typeof OWNER_WINDOW, options: OpenDialogOptions): Promise<OpenDialogResultLike>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogResultLike>;
  async showOpenDialog(
    first: typeof OWNER_WINDOW | OpenDialogOptions,
    second?: OpenDialogOptions,
  ): Promise<OpenDialogResultLike> {
    const options = second ?? (first as OpenDialogOptions);
    this.shown.push({ owner: second === undefined ? undefined : first, options });
    const folder = this.answers.shift() ?? null;
    return folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] };
  }
}

/**
 * safeStorage as the system keeps it: "encrypts" by XOR with a per-user secret and a prefix, which is enough to
 * show that what reaches the disk is not the key, and that another user's storage cannot read it back.
 */
export class FakeSafeStorage implements SafeStorageLike {
  isAvailable = true;
  backend = 'gnome_libsecret';
  shouldReEncrypt = false;
  encrypted = 0;

  constructor(private readonly secret = 0x5a) {}

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.isAvailable;
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    if (!this.isAvailable) throw new Error('Encryption is not available');
    this.encrypted += 1;
    const bytes = Buffer.from(plainText, 'utf8').map((byte) => byte ^ this.secret);
    return Buffer.concat([Buffer.from('v11'), bytes]);
  }

  async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('Not encrypted by this storage');
    const result = Buffer.from(encrypted.subarray(3).map((byte) => byte ^ this.secret)).toString('utf8');
    // A different user's secret gives bytes that are not base64; the real one fails to decrypt instead.
    if (!/^[A-Za-z0-9+/=]*$/.test(result)) throw new Error('Error while decrypting the ciphertext');
    return { shouldReEncrypt: this.shouldReEncrypt, result };
  }

  getSelectedStorageBackend(): string {
    return this.backend;
  }
}

/** The journal window's page: records every message, and can be closed. */
export class FakeNewsTarget implements SyncNewsTarget {
  readonly received: { channel: string; change: SyncFolderChange }[] = [];
  isClosed = false;

  send(channel: string, change: SyncFolderChange): void {
    // Through structured clone, as IPC would, so nothing but data reaches the page.
    this.received.push({ channel, change: structuredClone(change) });
  }

  isDestroyed(): boolean {
    return this.isClosed;
  }

  changes(): SyncFolderChange[] {
    return this.received.map((message) => message.change);
  }
}
