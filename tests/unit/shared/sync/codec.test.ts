import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncBatch } from '@shared/sync/codec';
import { decodeBatch, encodeBatch, readBatchHeader } from '@shared/sync/codec';
import type { SyncKey } from '@shared/sync/crypto';
import { createKeyCheck } from '@shared/sync/crypto';

const FAST = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, dkLen: 32 } as const;
const LAPTOP = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const DESK = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const batch: SyncBatch = {
  device: LAPTOP,
  seq: 7,
  changes: [
    {
      table: 'episodes',
      id: 'e1',
      hlc: '1767225600000-000000-' + LAPTOP,
      base: null,
      value: { intensity: 6 },
    },
    { table: 'checkIns', id: 'c1', hlc: '1767225600001-000000-' + LAPTOP, base: null, value: null },
  ],
};
const asLaptopLog = { device: LAPTOP, seq: 7, kind: 'log' } as const;

let key: SyncKey;
let otherKey: SyncKey;
beforeAll(async () => {
  key = (await createKeyCheck('kettle orchard quietly lantern', FAST)).key;
  otherKey = (await createKeyCheck('a different passphrase entirely', FAST)).key;
});

/** Rewrites the checksum after a change, as someone tampering on purpose would. */
function withFreshChecksum(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy.set(sha256(copy.subarray(0, copy.length - 32)), copy.length - 32);
  return copy;
}

describe('batch files', () => {
  it('round-trip a batch of changes', async () => {
    const bytes = await encodeBatch(batch, 'log', key);
    expect(await decodeBatch(bytes, key, asLaptopLog)).toEqual({ ok: true, kind: 'log', batch });
  });

  it('carry no readable content: no ids, tables or values in the bytes', async () => {
    const text = new TextDecoder('latin1').decode(await encodeBatch(batch, 'log', key));
    for (const secret of ['episodes', 'intensity', 'checkIns', 'e1', LAPTOP])
      expect(text).not.toContain(secret);
  });

  it('use a fresh nonce each time, so the same batch never gives the same bytes', async () => {
    const first = await encodeBatch(batch, 'log', key);
    const second = await encodeBatch(batch, 'log', key);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  it('shrink a repetitive snapshot by compressing before encrypting', async () => {
    const changes = Array.from({ length: 2000 }, (_, index) => ({
      table: 'episodes',
      id: `episode-${index}`,
      hlc: `1767225600000-${String(index).padStart(6, '0')}-${LAPTOP}`,
      base: null,
      value: { intensity: index % 10, regions: ['between shoulder blades'], note: '' },
    }));
    const bytes = await encodeBatch({ device: LAPTOP, seq: 1, changes }, 'snapshot', key);
    expect(bytes.length).toBeLessThan(JSON.stringify(changes).length / 4);
  });

  it('report every truncation as incomplete, never as usable', async () => {
    const bytes = await encodeBatch(batch, 'log', key);
    for (const length of [0, 1, 3, 4, 5, 30, 51, 52, bytes.length - 33, bytes.length - 1]) {
      expect(await decodeBatch(bytes.subarray(0, length), key, asLaptopLog)).toEqual({
        ok: false,
        reason: 'incomplete',
      });
    }
  });

  it('reject a file with any one byte changed', async () => {
    const bytes = await encodeBatch(batch, 'log', key);
    for (let index = 0; index < bytes.length; index++) {
      const tampered = bytes.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      const result = await decodeBatch(tampered, key, asLaptopLog);
      expect(result.ok, `byte ${index}`).toBe(false);
    }
  });

  it('reject a changed ciphertext even when the checksum is recomputed', async () => {
    const tampered = (await encodeBatch(batch, 'log', key)).slice();
    tampered[60] = (tampered[60] ?? 0) ^ 0xff;
    expect(await decodeBatch(withFreshChecksum(tampered), key, asLaptopLog)).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });

  it("reject a file renamed to another seq or moved into another computer's folder", async () => {
    const bytes = await encodeBatch(batch, 'log', key);
    const damaged = { ok: false, reason: 'damaged' };
    expect(await decodeBatch(bytes, key, { ...asLaptopLog, seq: 8 })).toEqual(damaged);
    expect(await decodeBatch(bytes, key, { ...asLaptopLog, device: DESK })).toEqual(damaged);
    expect(await decodeBatch(bytes, key, { ...asLaptopLog, kind: 'snapshot' })).toEqual(damaged);
  });

  it('reject a header rewritten to match the new folder, because the header is authenticated', async () => {
    const moved = (await encodeBatch(batch, 'log', key)).slice();
    moved.set(Buffer.from(DESK, 'hex'), 8);
    expect(await decodeBatch(withFreshChecksum(moved), key, { ...asLaptopLog, device: DESK })).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });

  it("tell a file made with another passphrase's key apart", async () => {
    const bytes = await encodeBatch(batch, 'log', otherKey);
    expect(await decodeBatch(bytes, key, asLaptopLog)).toEqual({ ok: false, reason: 'wrong-key' });
  });

  it('skip a file from a newer format version, however it continues', async () => {
    const newer = (await encodeBatch(batch, 'log', key)).slice();
    newer[4] = 2;
    expect(await decodeBatch(newer, key, asLaptopLog)).toEqual({ ok: false, reason: 'newer-version' });
    expect(await decodeBatch(Uint8Array.of(0x55, 0x42, 0x4a, 0x53, 9), key, asLaptopLog)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('never throw on arbitrary bytes', async () => {
    const samples = [
      new TextEncoder().encode('{"device":"x"}'),
      new Uint8Array(1000),
      Uint8Array.from({ length: 300 }, (_, index) => (index * 37) % 256),
      Uint8Array.of(0x55, 0x42, 0x4a, 0x53, 1, 1, 0, 0, ...new Array<number>(44).fill(0xff)),
    ];
    for (const bytes of samples) {
      const result = await decodeBatch(bytes, key, asLaptopLog);
      expect(result.ok).toBe(false);
    }
  });

  it('never accept or throw on random bytes, or on a real file cut or changed anywhere', async () => {
    const real = await encodeBatch(batch, 'log', key);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.nat({ max: real.length - 1 }).map((length) => real.slice(0, length)),
          fc
            .tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 1, max: 255 }))
            .map(([index, flip]) => {
              const changed = real.slice();
              changed[index] = (changed[index] ?? 0) ^ flip;
              return changed;
            }),
        ),
        async (bytes) => {
          const result = await decodeBatch(bytes, key, asLaptopLog);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read the plain header without the key', async () => {
    const bytes = await encodeBatch({ ...batch, seq: 99_999_999 }, 'snapshot', key);
    const read = readBatchHeader(bytes);
    expect(read.ok && { ...read.header, keyId: undefined }).toEqual({
      formatVersion: 1,
      kind: 'snapshot',
      device: LAPTOP,
      seq: 99_999_999,
      keyId: undefined,
      fileLength: bytes.length,
    });
  });

  it('refuse to make a batch with a bad device id or seq', async () => {
    await expect(encodeBatch({ ...batch, device: '../desk' }, 'log', key)).rejects.toThrow('device id');
    await expect(encodeBatch({ ...batch, seq: 100_000_000 }, 'log', key)).rejects.toThrow('seq');
    await expect(encodeBatch({ ...batch, seq: 1.5 }, 'log', key)).rejects.toThrow('seq');
  });
});
