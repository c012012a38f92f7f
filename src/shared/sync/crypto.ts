/**
 * The sync key: derived from the person's passphrase with scrypt, checked against the folder's journal.json,
 * used for AES-256-GCM through WebCrypto. Pure and platform-free: runs in Node tests, the browser and Electron.
 * The format is written down in docs/sync-format.md; change both together.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isRecord } from '../isRecord';
import { bytesFromBase64, base64FromBytes, freshBytes } from './bytes';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU and memory cost, a power of two; memory used is 128 * N * r bytes. */
  N: number;
  r: number;
  p: number;
  /** Length of the derived key in bytes. */
  dkLen: 32;
}

/**
 * N = 2^17, r = 8, p = 1: 128 MiB of memory per guess, the strength OWASP recommends for scrypt. Measured
 * with scryptAsync on this project's 2-CPU build machine (Node 20): about 0.5 s when the machine is quiet, up
 * to 1.7 s with other jobs running; the event loop was held for at most 20 ms at a time (0.2 s under load).
 * Once per unlock on each computer is an acceptable wait; for someone who copied the folder it makes every
 * guess at the passphrase cost the same half second and 128 MiB.
 */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, dkLen: 32 };

/**
 * Bounds on parameters read from a journal.json: a damaged or hostile file must not make the app allocate
 * gigabytes or spin for minutes. 2^10 lets tests run cheaply; 2^20 (1 GiB) is the most a later version may ask.
 */
const MIN_LOG_N = 10;
const MAX_LOG_N = 20;
const MAX_SCRYPT_MEMORY = 2 ** 30;

export const KEY_CHECK_FORMAT = 'upper-back-journal-sync';
export const KEY_CHECK_VERSION = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
/** What the verifier encrypts; decrypting it back proves the passphrase is the folder's. */
const VERIFIER_LABEL = 'Upper Back Journal sync key check';
const VERIFIER_AAD = 'journal.json v1';

/** WebCrypto's key type, named through the API so it means the same under Node's types and the DOM's. */
export type CipherKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** The key for one sync folder: the AES-GCM key, and a short public id that tells keys apart in batch files. */
export interface SyncKey {
  readonly cipherKey: CipherKey;
  /** 8 bytes derived from the key (HKDF), never the key itself; a batch made with another key is told apart. */
  readonly keyId: Uint8Array;
}

export type UnlockResult =
  { ok: true; key: SyncKey } | { ok: false; reason: 'wrong-passphrase' | 'newer-version' | 'damaged' };

export interface DeriveOptions {
  /** From 0 to 1 while scrypt runs, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/**
 * NFKC so the same passphrase typed on two systems (an accented letter as one code point or two) gives the
 * same key; the passphrase itself is never stored.
 */
function passphraseBytes(passphrase: string): Uint8Array {
  return utf8ToBytes(passphrase.normalize('NFKC'));
}

/** The raw 32-byte scrypt output. Only for keeping the key in the system's secure storage; prefer unlock. */
export async function deriveKeyMaterial(
  passphrase: string,
  salt: Uint8Array,
  params: ScryptParams,
  options: DeriveOptions = {},
): Promise<Uint8Array> {
  return scryptAsync(passphraseBytes(passphrase), salt, {
    N: params.N,
    r: params.r,
    p: params.p,
    dkLen: params.dkLen,
    // Yields to the event loop every 10 ms so the window keeps answering while the key is derived.
    asyncTick: 10,
    maxmem: MAX_SCRYPT_MEMORY + 1024 * 1024,
    onProgress: options.onProgress,
  });
}

/**
 * Splits the scrypt output (HKDF-SHA256) into the cipher key and the key id, so the id published in every
 * batch file says nothing about the cipher key.
 */
export async function syncKeyFromMaterial(material: Uint8Array): Promise<SyncKey> {
  const cipherBytes = hkdf(sha256, material, undefined, utf8ToBytes('ubj-sync aes-256-gcm'), 32);
  const keyId = hkdf(sha256, material, undefined, utf8ToBytes('ubj-sync key id'), 8);
  const cipherKey = await globalThis.crypto.subtle.importKey(
    'raw',
    freshBytes(cipherBytes),
    { name: 'AES-GCM' },
    false,
    ['encrypt', 'decrypt'],
  );
  cipherBytes.fill(0);
  return { cipherKey, keyId };
}

export function keyIdHex(key: SyncKey): string {
  return bytesToHex(key.keyId);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A new computer's id: 128 random bits as 32 lowercase hex digits. */
export function newDeviceId(): string {
  return bytesToHex(randomBytes(16));
}

export const DEVICE_ID_PATTERN = /^[0-9a-f]{32}$/;

export async function encryptWithKey(
  key: SyncKey,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array> {
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: freshBytes(nonce), additionalData: freshBytes(additionalData), tagLength: 128 },
    key.cipherKey,
    freshBytes(plaintext),
  );
  return new Uint8Array(ciphertext);
}

/** null when the ciphertext, the nonce or the additional data were changed, or the key is another one. */
export async function decryptWithKey(
  key: SyncKey,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  additionalData: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: freshBytes(nonce), additionalData: freshBytes(additionalData), tagLength: 128 },
      key.cipherKey,
      freshBytes(ciphertext),
    );
    return new Uint8Array(plaintext);
  } catch {
    return null;
  }
}

interface KeyCheck {
  salt: Uint8Array;
  params: ScryptParams;
  nonce: Uint8Array;
  verifier: Uint8Array;
}

function isPowerOfTwoInRange(n: unknown): n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return false;
  for (let log = MIN_LOG_N; log <= MAX_LOG_N; log++) if (n === 2 ** log) return true;
  return false;
}

function readParams(value: unknown): ScryptParams | null {
  if (!isRecord(value) || value.name !== 'scrypt') return null;
  const { N, r, p, dkLen } = value;
  if (!isPowerOfTwoInRange(N)) return null;
  if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 16) return null;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 4) return null;
  if (dkLen !== 32 || 128 * N * r > MAX_SCRYPT_MEMORY) return null;
  return { name: 'scrypt', N, r, p, dkLen };
}

type ParsedKeyCheck = { ok: true; check: KeyCheck } | { ok: false; reason: 'newer-version' | 'damaged' };

function parseKeyCheck(text: string | Uint8Array): ParsedKeyCheck {
  let value: unknown;
  try {
    value = JSON.parse(
      typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text),
    );
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (!isRecord(value) || value.format !== KEY_CHECK_FORMAT) return { ok: false, reason: 'damaged' };
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'damaged' };
  }
  if (version > KEY_CHECK_VERSION) return { ok: false, reason: 'newer-version' };
  const params = readParams(value.kdf);
  const salt = typeof value.salt === 'string' ? bytesFromBase64(value.salt) : null;
  const check = isRecord(value.check) ? value.check : null;
  const nonce = typeof check?.nonce === 'string' ? bytesFromBase64(check.nonce) : null;
  const verifier = typeof check?.verifier === 'string' ? bytesFromBase64(check.verifier) : null;
  if (params === null || salt === null || salt.length !== SALT_BYTES) return { ok: false, reason: 'damaged' };
  if (nonce === null || nonce.length !== NONCE_BYTES || verifier === null || verifier.length < 16) {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, check: { salt, params, nonce, verifier } };
}

async function verifierFor(key: SyncKey, nonce: Uint8Array): Promise<Uint8Array> {
  return encryptWithKey(key, nonce, utf8ToBytes(VERIFIER_LABEL), utf8ToBytes(VERIFIER_AAD));
}

/**
 * A new sync folder's journal.json text and its key. The file holds a random salt, the scrypt parameters and
 * the verifier (the fixed label encrypted with the key): no passphrase, no key.
 */
export async function createKeyCheck(
  passphrase: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
  options: DeriveOptions = {},
): Promise<{ keyCheckText: string; key: SyncKey }> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const material = await deriveKeyMaterial(passphrase, salt, params, options);
  const key = await syncKeyFromMaterial(material);
  material.fill(0);
  const verifier = await verifierFor(key, nonce);
  const keyCheckText = `${JSON.stringify(
    {
      format: KEY_CHECK_FORMAT,
      formatVersion: KEY_CHECK_VERSION,
      kdf: params,
      salt: base64FromBytes(salt),
      check: { cipher: 'AES-256-GCM', nonce: base64FromBytes(nonce), verifier: base64FromBytes(verifier) },
    },
    null,
    2,
  )}\n`;
  return { keyCheckText, key };
}

/** Whether a key (for instance one kept in secure storage) is the one this journal.json was made with. */
export async function keyMatchesKeyCheck(key: SyncKey, keyCheckText: string | Uint8Array): Promise<boolean> {
  const parsed = parseKeyCheck(keyCheckText);
  if (!parsed.ok) return false;
  const plaintext = await decryptWithKey(
    key,
    parsed.check.nonce,
    parsed.check.verifier,
    utf8ToBytes(VERIFIER_AAD),
  );
  return plaintext !== null && new TextDecoder().decode(plaintext) === VERIFIER_LABEL;
}

/**
 * The folder's key from the passphrase, or why not. Never throws: an unreadable journal.json is 'damaged',
 * one from a later app version is 'newer-version' (checked before any slow work), and a passphrase that does
 * not decrypt the verifier is 'wrong-passphrase'.
 */
export async function unlock(
  passphrase: string,
  keyCheckText: string | Uint8Array,
  options: DeriveOptions = {},
): Promise<UnlockResult> {
  const parsed = parseKeyCheck(keyCheckText);
  if (!parsed.ok) return parsed;
  const { salt, params } = parsed.check;
  try {
    const material = await deriveKeyMaterial(passphrase, salt, params, options);
    const key = await syncKeyFromMaterial(material);
    material.fill(0);
    return (await keyMatchesKeyCheck(key, keyCheckText))
      ? { ok: true, key }
      : { ok: false, reason: 'wrong-passphrase' };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
