import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';

/** The parts of an open file used to write one durably. */
export interface FileHandleLike {
  /** Text is written as UTF-8; bytes (a PDF) exactly as they are. */
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  /** fsync: returns once the data is on the disk, not just in the operating system's cache. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What an atomic write needs from the file system. */
export interface AtomicWriteFs {
  /** Always called with 'wx': create a new file, and fail if one with that name exists. */
  open(path: string, flags: 'wx'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Everything the main process's file modules use, so tests can wrap the real one to inject failures. */
export interface MainFs extends AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  /** lstat: a symbolic link is reported as a link, never followed. */
  lstat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export const nodeMainFs: MainFs = {
  open: (path, flags) => open(path, flags),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  mkdir: (path, options) => mkdir(path, options),
  readdir: (path) => readdir(path),
  lstat: (path) => lstat(path),
  readFile: (path, encoding) => readFile(path, encoding),
};

/** The largest file the main process writes or reads for the renderer: 512 MiB. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The size of a file's content on disk: text counted in UTF-8 bytes, bytes as they are. */
export function contentByteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

/** Marks a temp file next to its final file: `<final name>.tmp-<16 hex digits>`. */
export const TEMP_SUFFIX_PATTERN = /\.tmp-[0-9a-f]{16}$/;

export function tempPathFor(finalPath: string): string {
  return `${finalPath}.tmp-${randomBytes(8).toString('hex')}`;
}

/** The error codes of a file that is not there (any more). */
export function isMissingFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}

/**
 * Writes a temp file in the same folder, flushes it to the disk, then renames it over the final name: the
 * final file is either the old one or the complete new one, never half written, even if the app or the
 * machine stops mid-way. A temp file is removed when the write fails; one left by a crash stays behind with
 * a name no reader accepts.
 */
export async function writeFileAtomically(
  fs: AtomicWriteFs,
  finalPath: string,
  content: string | Uint8Array,
): Promise<void> {
  const tempPath = tempPathFor(finalPath);
  let renamed = false;
  try {
    const handle = await fs.open(tempPath, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, finalPath);
    renamed = true;
  } finally {
    if (!renamed) await fs.unlink(tempPath).catch(() => undefined);
  }
}
