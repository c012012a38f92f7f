import { describe, expect, it } from 'vitest';
import type { ScryptParams } from '@shared/sync/crypto';
import {
  createKeyCheck,
  DEFAULT_SCRYPT_PARAMS,
  deriveKeyMaterial,
  keyIdHex,
  keyMatchesKeyCheck,
  newDeviceId,
  syncKeyFromMaterial,
  unlock,
} from '@shared/sync/crypto';

/** Cheap enough for tests; the real default is 2^17. */
const FAST: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, dkLen: 32 };
const PASSPHRASE = 'kettle orchard quietly lantern';

describe('the sync key check (journal.json)', () => {
  it('holds the salt, the scrypt parameters and a verifier, never the passphrase or the key', async () => {
    const { keyCheckText } = await createKeyCheck(PASSPHRASE, FAST);
    const parsed: unknown = JSON.parse(keyCheckText);
    expect(parsed).toMatchObject({
      format: 'upper-back-journal-sync',
      formatVersion: 1,
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1, dkLen: 32 },
      check: { cipher: 'AES-256-GCM' },
    });
    const record = parsed as { salt: string; check: { nonce: string; verifier: string } };
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.check.nonce)).toHaveLength(12);
    expect(keyCheckText).not.toContain('kettle');
  });

  it('defaults to scrypt N=2^17, r=8, p=1 and a 32-byte key', () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1, dkLen: 32 });
  });

  it('creates and unlocks a key check with the real default parameters', async () => {
    const created = await createKeyCheck(PASSPHRASE);
    expect(JSON.parse(created.keyCheckText)).toMatchObject({ kdf: DEFAULT_SCRYPT_PARAMS });
    const result = await unlock(PASSPHRASE, created.keyCheckText);
    expect(result.ok && keyIdHex(result.key)).toBe(keyIdHex(created.key));
  }, 20_000);

  it('unlocks with the same passphrase to the same key, on another computer too', async () => {
    const created = await createKeyCheck(PASSPHRASE, FAST);
    const result = await unlock(PASSPHRASE, created.keyCheckText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(keyIdHex(result.key)).toBe(keyIdHex(created.key));
    const fromBytes = await unlock(PASSPHRASE, new TextEncoder().encode(created.keyCheckText));
    expect(fromBytes.ok).toBe(true);
  });

  it('treats the same passphrase typed with composed or decomposed accents as the same', async () => {
    const created = await createKeyCheck('caf\u00e9 terrace morning walk', FAST);
    expect((await unlock('cafe\u0301 terrace morning walk', created.keyCheckText)).ok).toBe(true);
  });

  it('tells a wrong passphrase apart', async () => {
    const { keyCheckText } = await createKeyCheck(PASSPHRASE, FAST);
    expect(await unlock('kettle orchard quietly lanterns', keyCheckText)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
  });

  it('reports a key check from a newer version without deriving anything', async () => {
    const { keyCheckText } = await createKeyCheck(PASSPHRASE, FAST);
    const newer = keyCheckText.replace('"formatVersion": 1', '"formatVersion": 2');
    expect(await unlock(PASSPHRASE, newer)).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('reports a damaged key check for broken JSON, a changed verifier or unsafe parameters', async () => {
    const { keyCheckText } = await createKeyCheck(PASSPHRASE, FAST);
    const value = JSON.parse(keyCheckText) as Record<string, unknown>;
    const damaged = [
      keyCheckText.slice(0, 40),
      '',
      'null',
      new Uint8Array([0xff, 0xfe, 0x00]),
      JSON.stringify({ ...value, format: 'something-else' }),
      JSON.stringify({ ...value, salt: 'not base64!' }),
      JSON.stringify({ ...value, kdf: { name: 'scrypt', N: 2 ** 24, r: 8, p: 1, dkLen: 32 } }),
      JSON.stringify({ ...value, kdf: { name: 'scrypt', N: 1000, r: 8, p: 1, dkLen: 32 } }),
      JSON.stringify({ ...value, kdf: { name: 'argon2id', N: 1024, r: 8, p: 1, dkLen: 32 } }),
      JSON.stringify({ ...value, check: { nonce: 'AAAA' } }),
    ];
    for (const text of damaged)
      expect(await unlock(PASSPHRASE, text)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a changed salt makes the right passphrase fail as wrong, not succeed', async () => {
    const { keyCheckText } = await createKeyCheck(PASSPHRASE, FAST);
    const value = JSON.parse(keyCheckText) as Record<string, unknown>;
    const changedSalt = JSON.stringify({ ...value, salt: btoa('0123456789abcdef') });
    expect(await unlock(PASSPHRASE, changedSalt)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('checks a remembered key against the folder', async () => {
    const created = await createKeyCheck(PASSPHRASE, FAST);
    const other = await createKeyCheck(PASSPHRASE, FAST);
    expect(await keyMatchesKeyCheck(created.key, created.keyCheckText)).toBe(true);
    // Same passphrase, another folder's salt: another key.
    expect(await keyMatchesKeyCheck(other.key, created.keyCheckText)).toBe(false);
  });

  it('derives the scrypt test vector of RFC 7914 and reports progress', async () => {
    const progress: number[] = [];
    const material = await deriveKeyMaterial(
      'password',
      new TextEncoder().encode('NaCl'),
      { name: 'scrypt', N: 1024, r: 8, p: 16, dkLen: 32 },
      { onProgress: (fraction) => progress.push(fraction) },
    );
    // The first 32 bytes of RFC 7914's 64-byte output for these inputs.
    expect(Buffer.from(material).toString('hex')).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162',
    );
    expect(progress.at(-1)).toBe(1);
    const key = await syncKeyFromMaterial(material);
    expect(key.keyId).toHaveLength(8);
  });

  it('makes computer ids of 128 random bits in hex', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newDeviceId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
