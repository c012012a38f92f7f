/**
 * The last Insights answer worked out, kept on this computer under the mark of the journal it was worked
 * out from (journalMark.ts). On the next start, if the journal's mark is the same, Insights and the Trends
 * summaries show it at once, instead of waiting for ten years of entries to be read and analysed again.
 * It is only a copy of what the analysis gave (the analysis is still the one source of every number), it
 * is checked again once the whole journal is read, and losing it costs only time. It lives in
 * localStorage, with the device's other small remembered things, not in the journal or its backups.
 */
import type { JournalInsights } from '@shared/analysis';
import type { OwnFactor } from '@shared/ownFactors';
import type { WaterUnit } from '@shared/scoring/water';
import type { CheckInsMark, EpisodesMark } from './journalMark';

const STORAGE_KEY = 'upper-back-journal:kept-insights';

export interface InsightsKeyParts {
  journalName: string;
  timeZone: string;
  episodes: EpisodesMark;
  checkIns: CheckInsMark;
  /** Check-ins on or before today: the analysis leaves out later ones, so this decides what "today" adds. */
  checkInsUpToToday: number;
  ownFactors: readonly OwnFactor[];
  waterUnit: WaterUnit;
}

/**
 * Everything the answer depends on; the build that worked it out (a new build may analyse differently);
 * and how many restores and imports this computer has made (see writtenWholesale).
 */
export function insightsKey(parts: InsightsKeyParts, storage: Storage | undefined = globalStorage()): string {
  return JSON.stringify([
    typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'unknown build',
    readWholesaleWrites(storage),
    parts.journalName,
    parts.timeZone,
    parts.episodes,
    parts.checkIns,
    parts.checkInsUpToToday,
    parts.ownFactors,
    parts.waterUnit,
  ]);
}

// JSON has no NaN or Infinity (the statistics can hold them); they are written as tagged strings.
const NOT_FINITE = '\u0000number:';

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? `${NOT_FINITE}${value}` : value;
}

function reviver(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith(NOT_FINITE)
    ? Number(value.slice(NOT_FINITE.length))
    : value;
}

/** The kept answer if it was worked out for exactly this key, else undefined. Never throws. */
export function readKeptInsights(storage: Storage, key: string): JournalInsights | undefined {
  try {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return undefined;
    const kept = JSON.parse(text, reviver) as { key?: unknown; insights?: JournalInsights };
    return kept.key === key && kept.insights ? kept.insights : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the answer for the next start. A full or unavailable storage only means the next start waits. */
export function keepInsights(storage: Storage, key: string, insights: JournalInsights): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ key, insights }, replacer));
  } catch {
    // Nothing to tell the person: the answer is worked out again next time.
  }
}

const WHOLESALE_KEY = 'upper-back-journal:wholesale-writes';

function globalStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

function readWholesaleWrites(storage: Storage | undefined): number {
  try {
    return Number(storage?.getItem(WHOLESALE_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

/**
 * Called before a restore or import writes: its rows may not change the journal's mark the way a
 * person's edits do (old stamps, other triggers under the same episode), so every answer kept or in hand
 * stops matching. Counted in localStorage, which every window of the app shares.
 */
export function writtenWholesale(storage: Storage | undefined = globalStorage()): void {
  try {
    storage?.setItem(WHOLESALE_KEY, String(readWholesaleWrites(storage) + 1));
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Without storage nothing is kept either.
  }
}

/** Forgets the kept answer (when it could not be told what it was worked out from). */
export function forgetKeptAnswers(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}
