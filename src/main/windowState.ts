import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates, as Electron reports window bounds and display work areas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the window's normal (unmaximized) bounds and whether it was maximized. */
export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** Where the window opens. Without x and y, Electron centres the window on the primary display. */
export interface InitialWindowState {
  bounds: { x?: number; y?: number; width: number; height: number };
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 780 } as const;
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

/** How much of the window must lie on a display for the saved position to be kept: enough to grab it. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE_NAME);
}

/**
 * Synchronous on purpose: the file is tiny, and the final save happens on 'close', just before the app
 * may quit; an async write could be cut off by the process exiting.
 */
export interface WindowStateFs {
  readFile(path: string): string;
  writeFile(path: string, data: string): void;
  rename(from: string, to: string): void;
}

export const nodeWindowStateFs: WindowStateFs = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, data) => writeFileSync(path, data, 'utf8'),
  rename: (from, to) => renameSync(from, to),
};

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
});

/** The saved state, or undefined when the file is missing, unreadable or not a valid state. */
export function loadWindowState(fs: WindowStateFs, filePath: string): WindowState | undefined {
  let text: string;
  try {
    text = fs.readFile(filePath);
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Writes a temp file then renames it over the old one, so a crash mid-write never leaves half a file. */
export function saveWindowState(fs: WindowStateFs, filePath: string, state: WindowState): void {
  const tempPath = `${filePath}.tmp`;
  fs.writeFile(tempPath, `${JSON.stringify(state, null, 2)}\n`);
  fs.rename(tempPath, filePath);
}

function overlap(startA: number, lengthA: number, startB: number, lengthB: number): number {
  return Math.min(startA + lengthA, startB + lengthB) - Math.max(startA, startB);
}

/** True when the window's top strip (where the title bar is) is on the work area and wide enough to grab. */
function isReachableOn(bounds: Rect, workArea: Rect): boolean {
  const isTopOnScreen =
    bounds.y >= workArea.y && bounds.y + MIN_VISIBLE.height <= workArea.y + workArea.height;
  return isTopOnScreen && overlap(bounds.x, bounds.width, workArea.x, workArea.width) >= MIN_VISIBLE.width;
}

/**
 * Decides where the window opens. Keeps the saved bounds when the window would still be reachable on one
 * of today's displays (shrunk to fit it, never below the minimum size); otherwise, e.g. after a monitor was
 * unplugged, or when nothing valid was saved, opens at the default size, centred. The maximized flag is
 * kept either way.
 */
export function fitBoundsToDisplays(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number } = DEFAULT_WINDOW_SIZE,
): InitialWindowState {
  const fallback = { width: defaults.width, height: defaults.height };
  if (saved === undefined) return { bounds: fallback, isMaximized: false };

  const display = workAreas.find((workArea) => isReachableOn(saved.bounds, workArea));
  if (display === undefined) return { bounds: fallback, isMaximized: saved.isMaximized };

  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(saved.bounds.width, display.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(saved.bounds.height, display.height));
  return { bounds: { x: saved.bounds.x, y: saved.bounds.y, width, height }, isMaximized: saved.isMaximized };
}

export interface WindowStateStore {
  /** Reads the file afresh each time, so a window re-created on macOS opens where the last one closed. */
  load(): InitialWindowState;
  /** Never throws: losing the window position must not stop the window from closing. */
  save(state: WindowState): void;
}

export function createWindowStateStore(options: {
  fs: WindowStateFs;
  filePath: string;
  getWorkAreas: () => readonly Rect[];
  onError: (error: unknown) => void;
}): WindowStateStore {
  const { fs, filePath, getWorkAreas, onError } = options;
  return {
    load: () => fitBoundsToDisplays(loadWindowState(fs, filePath), getWorkAreas()),
    save: (state) => {
      try {
        saveWindowState(fs, filePath, state);
      } catch (error) {
        onError(error);
      }
    },
  };
}
