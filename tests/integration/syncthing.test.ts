import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSyncthing, startSyncthingPair, type SyncthingPair } from './syncthing';

// A real sync engine between two folders on this computer (issue 19). Needs Debian's syncthing package.
const binary = findSyncthing();
const NOT_INSTALLED =
  'syncthing is not installed: apt-get install -y syncthing (Debian 12 has 1.19), then npm run test:sync-engine';

/** Resolves with how long it took once `path` holds `expected`; every read on the way must be whole. */
async function arrival(path: string, expected: Buffer, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  const wanted = sha256(expected);
  while (performance.now() - started < timeoutMs) {
    const seen = await readFile(path).catch(() => null);
    if (seen !== null) {
      // Syncthing pulls into a temporary name and renames it when whole: a part-file must never show here.
      expect({ bytes: seen.length, sha256: sha256(seen) }).toEqual({
        bytes: expected.length,
        sha256: wanted,
      });
      return performance.now() - started;
    }
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`${path} did not arrive within ${timeoutMs} ms`);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

if (binary === null) {
  console.warn(`Skipping the sync engine test: ${NOT_INSTALLED}`);
  describe('the real sync engine', () => {
    it('is skipped', (context) => context.skip(NOT_INSTALLED));
  });
}

/** The pair the first test started; the later tests fail plainly when it did not start. */
function startedPair(pair: SyncthingPair | undefined): SyncthingPair {
  if (!pair) throw new Error('the Syncthing pair did not start (see the first test)');
  return pair;
}

describe.runIf(binary !== null)('two Syncthing instances on 127.0.0.1', () => {
  let root = '';
  let folderA = '';
  let folderB = '';
  let pair: SyncthingPair | undefined;
  const started = (): SyncthingPair => startedPair(pair);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sync-engine-test-'));
    folderA = join(root, 'computer-a', 'sync');
    folderB = join(root, 'computer-b', 'sync');
  });

  afterAll(async () => {
    await pair?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  // Starting is a test, not a hook, so a pair that never connects counts as a failure in the report.
  it('starts two distinct devices that are connected within 30 seconds', async () => {
    const started = performance.now();
    pair = await startSyncthingPair({ folderA, folderB });
    const startupMs = performance.now() - started;
    console.log(`Syncthing pair started and connected in ${Math.round(startupMs)} ms`);
    expect(pair.deviceIds.a).toMatch(/^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$/);
    expect(pair.deviceIds.b).toMatch(/^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$/);
    expect(pair.deviceIds.a).not.toBe(pair.deviceIds.b);
    expect(startupMs).toBeLessThan(30_000);
  });

  it('carries a file written on A to B', async () => {
    const content = Buffer.from('{"device":"a","seq":1}\n');
    await writeFile(join(folderA, 'from-a.txt'), content);
    const ms = await arrival(join(folderB, 'from-a.txt'), content);
    console.log(`A to B: one small file arrived in ${Math.round(ms)} ms`);
    await started().waitForIdle();
  });

  it('carries a file written on B back to A', async () => {
    const content = Buffer.from('{"device":"b","seq":1}\n');
    await writeFile(join(folderB, 'devices-b.txt'), content);
    const ms = await arrival(join(folderA, 'devices-b.txt'), content);
    console.log(`B to A: one small file arrived in ${Math.round(ms)} ms`);
    await started().waitForIdle();
    // Both sides still hold A's file too: nothing was lost or turned into a conflict copy.
    expect(await readFile(join(folderA, 'from-a.txt'), 'utf8')).toBe('{"device":"a","seq":1}\n');
  });

  it('delivers a file written atomically (temp then rename) whole, under its final name', async () => {
    // 4 MiB, so Syncthing needs many blocks and a half-pulled file would be caught by arrival().
    const content = randomBytes(4 * 1024 * 1024);
    const temp = join(folderA, '.log-00000001.ubjsync.tmp');
    await writeFile(temp, content);
    await rename(temp, join(folderA, 'log-00000001.ubjsync'));
    const ms = await arrival(join(folderB, 'log-00000001.ubjsync'), content);
    console.log(`A to B: a 4 MiB file written atomically arrived whole in ${Math.round(ms)} ms`);
    await started().waitForIdle();
    await expect(readFile(join(folderB, '.log-00000001.ubjsync.tmp'))).rejects.toThrow(/ENOENT/);
  });

  it('carries a removal (an old log after compaction) from A to B', async () => {
    await rm(join(folderA, 'from-a.txt'));
    await started().waitForIdle();
    await expect(readFile(join(folderB, 'from-a.txt'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(folderB, 'devices-b.txt'), 'utf8')).toBe('{"device":"b","seq":1}\n');
  });

  it('holds no socket outside 127.0.0.1', async () => {
    const sockets = await started().openSockets();
    // At least the two GUI listeners, the two sync listeners and the connection between them.
    expect(sockets.length).toBeGreaterThanOrEqual(5);
    const outside = sockets.filter(
      (socket) =>
        !socket.local.startsWith('127.0.0.1:') ||
        !(socket.remote.startsWith('127.0.0.1:') || socket.remote === '0.0.0.0:0'),
    );
    expect(outside).toEqual([]);
    console.log(`${sockets.length} sockets of both Syncthing processes, all on 127.0.0.1`);
  });
});
