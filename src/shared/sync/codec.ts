/**
 * One batch file (`log-<seq>.ubjsync` or `snapshot-<seq>.ubjsync`): a small plain header, the AES-256-GCM
 * ciphertext of the gzipped JSON batch, and a SHA-256 of everything before it. Pure; never throws on any
 * bytes read from the folder. Layout in docs/sync-format.md.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { isRecord } from '../isRecord';
import { bytesEqual } from './bytes';
import type { SyncKey } from './crypto';
import { DEVICE_ID_PATTERN, decryptWithKey, encryptWithKey, randomBytes } from './crypto';

/** A batch of changes from one computer, opaque JSON to the codec (the merge gives `changes` meaning). */
export interface SyncBatch {
  device: string;
  seq: number;
  changes: unknown[];
}

export type BatchKind = 'log' | 'snapshot';

export type DecodeFailure = 'incomplete' | 'damaged' | 'wrong-key' | 'newer-version';

export type DecodeResult =
  { ok: true; kind: BatchKind; batch: SyncBatch } | { ok: false; reason: DecodeFailure };

export interface BatchHeader {
  formatVersion: number;
  kind: BatchKind;
  device: string;
  seq: number;
  keyId: Uint8Array;
  /** The whole file's length in bytes, header and checksum included. */
  fileLength: number;
}

export type HeaderResult =
  { ok: true; header: BatchHeader } | { ok: false; reason: Exclude<DecodeFailure, 'wrong-key'> };

/** 'UBJS': Upper Back Journal Sync. */
const MAGIC = Uint8Array.of(0x55, 0x42, 0x4a, 0x53);
export const BATCH_FORMAT_VERSION = 1;
/** The highest seq a file name's 8 digits can hold. */
export const MAX_SEQ = 99_999_999;
const KIND_CODES: Record<BatchKind, number> = { log: 1, snapshot: 2 };
const COMPRESSION_NONE = 0;
const COMPRESSION_GZIP = 1;
const OFFSET = { version: 4, kind: 5, compression: 6, device: 8, seq: 24, keyId: 28, nonce: 36, length: 48 };
const HEADER_BYTES = 52;
const CHECKSUM_BYTES = 32;
/** The most ciphertext one file may carry: 256 MiB (a 10-year journal's snapshot is a few MiB gzipped). */
const MAX_CIPHERTEXT_BYTES = 256 * 1024 * 1024;

function kindFromCode(code: number | undefined): BatchKind | null {
  if (code === KIND_CODES.log) return 'log';
  if (code === KIND_CODES.snapshot) return 'snapshot';
  return null;
}

export function isValidSeq(seq: unknown): seq is number {
  return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 && seq <= MAX_SEQ;
}

/**
 * The plain header, read without the key: the main process uses it to check a file before writing it under a
 * name, and to tell a half-delivered file ('incomplete': shorter than its header says) from a damaged one.
 */
export function readBatchHeader(bytes: Uint8Array): HeaderResult {
  const magicLength = Math.min(bytes.length, MAGIC.length);
  if (!bytesEqual(bytes.subarray(0, magicLength), MAGIC.subarray(0, magicLength))) {
    return { ok: false, reason: 'damaged' };
  }
  const version = bytes[OFFSET.version];
  if (version === undefined) return { ok: false, reason: 'incomplete' };
  if (version === 0) return { ok: false, reason: 'damaged' };
  // A later version may lay out everything after this byte differently, so nothing more is read.
  if (version > BATCH_FORMAT_VERSION) return { ok: false, reason: 'newer-version' };
  if (bytes.length < HEADER_BYTES) return { ok: false, reason: 'incomplete' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = kindFromCode(bytes[OFFSET.kind]);
  const compression = bytes[OFFSET.compression];
  const ciphertextLength = view.getUint32(OFFSET.length);
  if (kind === null || (compression !== COMPRESSION_NONE && compression !== COMPRESSION_GZIP)) {
    return { ok: false, reason: 'damaged' };
  }
  if (bytes[7] !== 0 || ciphertextLength < 16 || ciphertextLength > MAX_CIPHERTEXT_BYTES) {
    return { ok: false, reason: 'damaged' };
  }
  const seq = view.getUint32(OFFSET.seq);
  if (!isValidSeq(seq)) return { ok: false, reason: 'damaged' };
  const fileLength = HEADER_BYTES + ciphertextLength + CHECKSUM_BYTES;
  if (bytes.length < fileLength) return { ok: false, reason: 'incomplete' };
  if (bytes.length > fileLength) return { ok: false, reason: 'damaged' };
  return {
    ok: true,
    header: {
      formatVersion: version,
      kind,
      device: bytesToHex(bytes.subarray(OFFSET.device, OFFSET.device + 16)),
      seq,
      keyId: bytes.slice(OFFSET.keyId, OFFSET.keyId + 8),
      fileLength,
    },
  };
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const output = new Blob([copy]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The file's bytes for a batch. Throws only on a batch this app should never make (bad device id or seq). */
export async function encodeBatch(batch: SyncBatch, kind: BatchKind, key: SyncKey): Promise<Uint8Array> {
  if (!DEVICE_ID_PATTERN.test(batch.device)) throw new Error('A batch needs a 32-hex-digit device id');
  if (!isValidSeq(batch.seq)) throw new Error(`A batch's seq must be a whole number from 0 to ${MAX_SEQ}`);
  if (!Array.isArray(batch.changes)) throw new Error("A batch's changes must be a list");
  const plaintext = await transform(
    utf8ToBytes(JSON.stringify({ device: batch.device, seq: batch.seq, changes: batch.changes })),
    new CompressionStream('gzip'),
  );
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  header[OFFSET.version] = BATCH_FORMAT_VERSION;
  header[OFFSET.kind] = KIND_CODES[kind];
  header[OFFSET.compression] = COMPRESSION_GZIP;
  header.set(hexToBytes(batch.device), OFFSET.device);
  view.setUint32(OFFSET.seq, batch.seq);
  header.set(key.keyId, OFFSET.keyId);
  header.set(randomBytes(12), OFFSET.nonce);
  // GCM adds a 16-byte tag and nothing else, so the length is known before encrypting.
  view.setUint32(OFFSET.length, plaintext.length + 16);
  const ciphertext = await encryptWithKey(
    key,
    header.subarray(OFFSET.nonce, OFFSET.nonce + 12),
    plaintext,
    header,
  );
  const file = new Uint8Array(HEADER_BYTES + ciphertext.length + CHECKSUM_BYTES);
  file.set(header, 0);
  file.set(ciphertext, HEADER_BYTES);
  file.set(sha256(file.subarray(0, HEADER_BYTES + ciphertext.length)), HEADER_BYTES + ciphertext.length);
  return file;
}

export interface ExpectedBatch {
  /** From the file's folder and name: a file renamed or moved to another computer's folder is refused. */
  device: string;
  seq: number;
  kind: BatchKind;
}

/**
 * The batch in a file, or why it cannot be used. The header (device, seq, kind, key id, nonce, length) is the
 * cipher's additional authenticated data, so changing any of it, even with a recomputed checksum, fails the
 * decryption. The checksum is not a secret: it only tells a file the sync engine has not finished delivering
 * from one that is complete but wrong.
 */
export async function decodeBatch(
  bytes: Uint8Array,
  key: SyncKey,
  expected: ExpectedBatch,
): Promise<DecodeResult> {
  try {
    const read = readBatchHeader(bytes);
    if (!read.ok) return read;
    const { header } = read;
    const checked = header.fileLength - CHECKSUM_BYTES;
    if (!bytesEqual(sha256(bytes.subarray(0, checked)), bytes.subarray(checked))) {
      return { ok: false, reason: 'damaged' };
    }
    if (header.device !== expected.device || header.seq !== expected.seq || header.kind !== expected.kind) {
      return { ok: false, reason: 'damaged' };
    }
    if (!bytesEqual(header.keyId, key.keyId)) return { ok: false, reason: 'wrong-key' };
    const plaintext = await decryptWithKey(
      key,
      bytes.subarray(OFFSET.nonce, OFFSET.nonce + 12),
      bytes.subarray(HEADER_BYTES, checked),
      bytes.subarray(0, HEADER_BYTES),
    );
    if (plaintext === null) return { ok: false, reason: 'damaged' };
    const json =
      bytes[OFFSET.compression] === COMPRESSION_GZIP
        ? await transform(plaintext, new DecompressionStream('gzip'))
        : plaintext;
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    if (!isRecord(value) || value.device !== header.device || value.seq !== header.seq) {
      return { ok: false, reason: 'damaged' };
    }
    if (!Array.isArray(value.changes)) return { ok: false, reason: 'damaged' };
    return {
      ok: true,
      kind: header.kind,
      batch: { device: header.device, seq: header.seq, changes: value.changes },
    };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
