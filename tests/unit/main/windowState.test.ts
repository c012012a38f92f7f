import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rect, WindowState, WindowStateFs } from '../../../src/main/windowState';
import {
  createWindowStateStore,
  DEFAULT_WINDOW_SIZE,
  fitBoundsToDisplays,
  loadWindowState,
  nodeWindowStateFs,
  saveWindowState,
  windowStatePath,
} from '../../../src/main/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };
const defaults = { width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ubj-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lives in the user data folder', () => {
    expect(windowStatePath('/home/ana/.config/Upper Back Journal')).toBe(
      '/home/ana/.config/Upper Back Journal/window-state.json',
    );
  });

  it('round-trips the bounds and the maximized flag through a real file', () => {
    const file = windowStatePath(dir);
    const state: WindowState = { bounds: { x: -1200, y: 40, width: 1024, height: 768 }, isMaximized: true };
    saveWindowState(nodeWindowStateFs, file, state);
    expect(loadWindowState(nodeWindowStateFs, file)).toEqual(state);
  });

  it('writes through a temp file and leaves no temp file behind', async () => {
    const file = windowStatePath(dir);
    const calls: string[] = [];
    const recordingFs: WindowStateFs = {
      readFile: (path) => nodeWindowStateFs.readFile(path),
      writeFile: (path, data) => {
        calls.push(`write ${path}`);
        nodeWindowStateFs.writeFile(path, data);
      },
      rename: (from, to) => {
        calls.push(`rename ${from} -> ${to}`);
        nodeWindowStateFs.rename(from, to);
      },
    };
    saveWindowState(recordingFs, file, {
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      isMaximized: false,
    });
    expect(calls).toEqual([`write ${file}.tmp`, `rename ${file}.tmp -> ${file}`]);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('keeps the previous file when the write fails before the rename', async () => {
    const file = windowStatePath(dir);
    const previous: WindowState = { bounds: { x: 1, y: 2, width: 800, height: 600 }, isMaximized: false };
    saveWindowState(nodeWindowStateFs, file, previous);
    const failingFs: WindowStateFs = {
      ...nodeWindowStateFs,
      writeFile: () => {
        throw new Error('ENOSPC');
      },
    };
    expect(() => saveWindowState(failingFs, file, { ...previous, isMaximized: true })).toThrow('ENOSPC');
    expect(loadWindowState(nodeWindowStateFs, file)).toEqual(previous);
  });

  it('reads a missing file as nothing saved', () => {
    expect(loadWindowState(nodeWindowStateFs, join(dir, 'absent.json'))).toBeUndefined();
  });

  it.each([
    ['truncated JSON', '{"bounds":{"x":1,'],
    ['not an object', '"hello"'],
    ['missing bounds', '{"isMaximized":false}'],
    ['negative width', '{"bounds":{"x":0,"y":0,"width":-5,"height":600},"isMaximized":false}'],
    ['string coordinates', '{"bounds":{"x":"0","y":0,"width":800,"height":600},"isMaximized":false}'],
    ['fractional size', '{"bounds":{"x":0,"y":0,"width":800.5,"height":600},"isMaximized":false}'],
    ['absurd position', '{"bounds":{"x":1e12,"y":0,"width":800,"height":600},"isMaximized":false}'],
    ['maximized not a boolean', '{"bounds":{"x":0,"y":0,"width":800,"height":600},"isMaximized":"yes"}'],
    ['empty file', ''],
  ])('reads a corrupt file (%s) as nothing saved', async (_label, content) => {
    const file = windowStatePath(dir);
    await writeFile(file, content, 'utf8');
    expect(loadWindowState(nodeWindowStateFs, file)).toBeUndefined();
  });

  it('store: opens at the defaults on first run, then where the window was saved', () => {
    const store = createWindowStateStore({
      fs: nodeWindowStateFs,
      filePath: windowStatePath(dir),
      getWorkAreas: () => [laptop],
      onError: () => undefined,
    });
    expect(store.load()).toEqual({ bounds: defaults, isMaximized: false });
    store.save({ bounds: { x: 100, y: 50, width: 900, height: 700 }, isMaximized: false });
    expect(store.load()).toEqual({ bounds: { x: 100, y: 50, width: 900, height: 700 }, isMaximized: false });
  });

  it('store: reports a failed save instead of throwing', async () => {
    const errors: unknown[] = [];
    const store = createWindowStateStore({
      fs: nodeWindowStateFs,
      filePath: join(dir, 'no-such-folder', 'window-state.json'),
      getWorkAreas: () => [laptop],
      onError: (error) => errors.push(error),
    });
    expect(() =>
      store.save({ bounds: { x: 0, y: 0, width: 800, height: 600 }, isMaximized: false }),
    ).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('fitBoundsToDisplays', () => {
  const saved = (bounds: Rect, isMaximized = false): WindowState => ({ bounds, isMaximized });

  it('keeps a window that is fully on a display', () => {
    expect(
      fitBoundsToDisplays(saved({ x: 100, y: 80, width: 1000, height: 700 }), [laptop], defaults),
    ).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      isMaximized: false,
    });
  });

  it('keeps a window on a second display', () => {
    const bounds = { x: 2000, y: 100, width: 1200, height: 900 };
    expect(fitBoundsToDisplays(saved(bounds), [laptop, monitorOnTheRight], defaults).bounds).toEqual(bounds);
  });

  it('keeps a window partly off the edge while its title bar can still be grabbed', () => {
    const bounds = { x: 1000, y: 300, width: 1000, height: 700 };
    expect(fitBoundsToDisplays(saved(bounds), [laptop], defaults).bounds).toEqual(bounds);
  });

  it('falls back to the defaults, centred, when its display was unplugged', () => {
    const onRightMonitor = saved({ x: 2000, y: 100, width: 1200, height: 900 }, true);
    expect(fitBoundsToDisplays(onRightMonitor, [laptop], defaults)).toEqual({
      bounds: defaults,
      isMaximized: true,
    });
  });

  it.each([
    ['far off to the left', { x: -5000, y: 100, width: 800, height: 600 }],
    ['far below', { x: 100, y: 5000, width: 800, height: 600 }],
    ['title bar above the top of the screen', { x: 100, y: -300, width: 800, height: 600 }],
    ['only a sliver on screen', { x: 1400, y: 100, width: 800, height: 600 }],
  ])('falls back to the defaults when the window is %s', (_label, bounds) => {
    expect(fitBoundsToDisplays(saved(bounds), [laptop], defaults).bounds).toEqual(defaults);
  });

  it('falls back to the defaults when nothing was saved, and when there are no displays', () => {
    expect(fitBoundsToDisplays(undefined, [laptop], defaults)).toEqual({
      bounds: defaults,
      isMaximized: false,
    });
    expect(fitBoundsToDisplays(saved({ x: 0, y: 0, width: 800, height: 600 }), [], defaults).bounds).toEqual(
      defaults,
    );
  });

  it('shrinks a window larger than its display, but not below the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    expect(
      fitBoundsToDisplays(saved({ x: 0, y: 0, width: 3000, height: 2000 }), [small], defaults).bounds,
    ).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    });
    const tiny: Rect = { x: 0, y: 0, width: 500, height: 400 };
    expect(
      fitBoundsToDisplays(saved({ x: 0, y: 0, width: 900, height: 700 }), [tiny], defaults).bounds,
    ).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 480,
    });
  });
});
