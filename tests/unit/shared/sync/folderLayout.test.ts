import { describe, expect, it } from 'vitest';
import type { SyncFile } from '@shared/sync/folderLayout';
import { filesToRead, parseSyncFileName, syncFileName } from '@shared/sync/folderLayout';

const DESK = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const LAPTOP = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function listed(computerId: string, ...names: string[]): SyncFile[] {
  return names.map((name) => {
    const parsed = parseSyncFileName(name);
    if (parsed === null) throw new Error(name);
    return { computerId, ...parsed, name, sizeBytes: 100, modifiedMs: 0 };
  });
}

const short = (plan: { computerId: string; kind: string; seq: number }[]): string[] =>
  plan.map((file) => `${file.computerId === DESK ? 'desk' : 'laptop'} ${file.kind} ${file.seq}`);

describe('which sync files to read next', () => {
  it("reads a new computer's logs from 1 in order", () => {
    const files = listed(DESK, 'log-00000002.ubjsync', 'log-00000001.ubjsync', 'log-00000003.ubjsync');
    expect(short(filesToRead(files, {}))).toEqual(['desk log 1', 'desk log 2', 'desk log 3']);
  });

  it('reads only what follows what was already merged', () => {
    const files = listed(DESK, 'log-00000001.ubjsync', 'log-00000002.ubjsync', 'log-00000003.ubjsync');
    expect(short(filesToRead(files, { [DESK]: 2 }))).toEqual(['desk log 3']);
    expect(filesToRead(files, { [DESK]: 3 })).toEqual([]);
  });

  it('starts from the newest snapshot, then the logs after it', () => {
    const files = listed(
      DESK,
      'snapshot-00000004.ubjsync',
      'snapshot-00000002.ubjsync',
      'log-00000005.ubjsync',
    );
    expect(short(filesToRead(files, {}))).toEqual(['desk snapshot 4', 'desk log 5']);
    // Already past the snapshot: only logs.
    expect(short(filesToRead([...files, ...listed(DESK, 'log-00000006.ubjsync')], { [DESK]: 5 }))).toEqual([
      'desk log 6',
    ]);
  });

  it('stops at a gap, so nothing is skipped while a file is still on its way', () => {
    const files = [
      ...listed(DESK, 'log-00000001.ubjsync', 'log-00000003.ubjsync'),
      // The logs before 5 were replaced by a snapshot that has not arrived yet.
      ...listed(LAPTOP, 'log-00000005.ubjsync'),
    ];
    expect(short(filesToRead(files, { [LAPTOP]: 2 }))).toEqual(['desk log 1']);
  });

  it('names files with 8-digit numbers that sort in order', () => {
    expect(syncFileName('log', 7)).toBe('log-00000007.ubjsync');
    expect(parseSyncFileName('snapshot-00000120.ubjsync')).toEqual({ kind: 'snapshot', seq: 120 });
    expect(parseSyncFileName('log-00000007.ubjsync.tmp-0123456789abcdef')).toBeNull();
  });
});
