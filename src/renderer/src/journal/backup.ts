/**
 * Backup and restore against the database. Export reads everything in one transaction (a consistent
 * snapshot) and writes it a chunk at a time; import writes everything in one transaction, so it lands
 * whole or not at all.
 */
import {
  ROWS_PER_CHUNK,
  TABLE_NAMES,
  backupChunks,
  emptyTables,
  type BackupInfo,
  type BackupTables,
  type ExistingKeys,
  type ImportMode,
  type TableName,
} from '@shared/backup';
import { SETTINGS_ROW_ID, type JournalDatabase } from '../db/database';
import { withFreeIds } from './childIds';
import { assembleEpisodes, episodeToRows } from './episodes';
import { writtenWholesale } from './insightsCache';

/** Everything in the journal, deleted episodes included (so their Undo history survives a restore). */
export async function readAllTables(db: JournalDatabase): Promise<BackupTables> {
  return db.transaction('r', db.tables, async () => {
    const [
      rows,
      triggers,
      remedies,
      checkIns,
      measures,
      psfsActivities,
      withdrawalPeriods,
      ownFactors,
      settings,
    ] = await Promise.all([
      db.episodes.orderBy('startedAt').toArray(),
      db.episodeTriggers.toArray(),
      db.remediesTried.toArray(),
      db.checkIns.orderBy('day').toArray(),
      db.measures.toArray(),
      db.psfsActivities.toArray(),
      db.withdrawalPeriods.toArray(),
      db.ownFactors.orderBy('createdAt').toArray(),
      db.settings.get(SETTINGS_ROW_ID),
    ]);
    const episodes = assembleEpisodes(rows, triggers, remedies);
    const settingsRows = settings ? [(({ id: _id, ...rest }) => rest)(settings)] : [];
    return {
      episodes,
      checkIns,
      measures,
      psfsActivities,
      withdrawalPeriods,
      ownFactors,
      settings: settingsRows,
    };
  });
}

/** Lets the browser paint and handle input between chunks of a long job. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The whole journal as backup text, built a chunk at a time so the interface stays responsive. */
export async function exportBackup(
  db: JournalDatabase,
  info: BackupInfo,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  return backupText(await readAllTables(db), info, onProgress);
}

/** Tables as backup text, a chunk at a time. */
export async function backupText(
  tables: BackupTables,
  info: BackupInfo,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  // The header, one chunk per ROWS_PER_CHUNK rows of each table (at least one), the closing and checksum.
  const expectedChunks =
    3 +
    TABLE_NAMES.reduce((sum, name) => sum + Math.max(1, Math.ceil(tables[name].length / ROWS_PER_CHUNK)), 0);
  const chunks: string[] = [];
  for (const chunk of backupChunks(tables, info)) {
    chunks.push(chunk);
    onProgress?.(Math.min(1, chunks.length / expectedChunks));
    await nextTask();
  }
  return chunks.join('');
}

/** The keys already in the journal, for the import preview. */
export async function existingKeys(db: JournalDatabase): Promise<ExistingKeys> {
  return db.transaction('r', db.tables, async () => {
    const [episodes, checkIns, measures, psfsActivities, withdrawalPeriods, ownFactors, settings] =
      await Promise.all([
        db.episodes.toCollection().primaryKeys(),
        db.checkIns.toCollection().primaryKeys(),
        db.measures.toCollection().primaryKeys(),
        db.psfsActivities.toCollection().primaryKeys(),
        db.withdrawalPeriods.toCollection().primaryKeys(),
        db.ownFactors.toCollection().primaryKeys(),
        db.settings.count(),
      ]);
    return {
      // Lower case, as ids are read: an episode stored in upper case by an older version still matches.
      episodes: new Set(episodes.map((id) => id.toLowerCase())),
      checkIns: new Set(checkIns),
      measures: new Set(measures),
      psfsActivities: new Set(psfsActivities),
      withdrawalPeriods: new Set(withdrawalPeriods),
      ownFactors: new Set(ownFactors),
      settings: new Set(settings > 0 ? ['settings'] : []),
    };
  });
}

export type ImportCounts = Record<TableName, number>;

/**
 * Writes validated tables into the journal in one transaction. Merge adds new entries and replaces those
 * with the same id (an episode's triggers and remedies with it); Replace empties the journal first.
 * Returns the number of rows written per table: the same numbers the preview showed.
 */
export async function applyImport(
  db: JournalDatabase,
  tables: BackupTables,
  mode: ImportMode,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportCounts> {
  writtenWholesale();
  return db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') {
      await Promise.all(db.tables.map((table) => table.clear()));
    } else {
      const ids = tables.episodes.map((e) => e.id);
      // Ids are read in lower case; an older version may have stored the same episode in upper case.
      // That row is the one being updated, so it goes too (it would otherwise stay as a duplicate).
      const incoming = new Set(ids);
      const stored = await db.episodes.toCollection().primaryKeys();
      const otherCase = stored.filter((id) => id !== id.toLowerCase() && incoming.has(id.toLowerCase()));
      await db.episodes.bulkDelete(otherCase);
      await db.episodeTriggers
        .where('episodeId')
        .anyOf([...ids, ...otherCase])
        .delete();
      await db.remediesTried
        .where('episodeId')
        .anyOf([...ids, ...otherCase])
        .delete();
    }
    const rows = tables.episodes.map(episodeToRows);
    await db.episodes.bulkPut(rows.map((r) => r.row));
    await db.episodeTriggers.bulkPut(
      await withFreeIds(
        db.episodeTriggers,
        rows.flatMap((r) => r.triggers),
        newId,
      ),
    );
    await db.remediesTried.bulkPut(
      await withFreeIds(
        db.remediesTried,
        rows.flatMap((r) => r.remedies),
        newId,
      ),
    );
    await db.checkIns.bulkPut(tables.checkIns);
    await db.measures.bulkPut(tables.measures);
    await db.psfsActivities.bulkPut(tables.psfsActivities);
    await db.withdrawalPeriods.bulkPut(tables.withdrawalPeriods);
    await db.ownFactors.bulkPut(tables.ownFactors);
    await db.settings.bulkPut(tables.settings.map((s) => ({ ...s, id: SETTINGS_ROW_ID })));
    return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) as ImportCounts;
  });
}

export { emptyTables };
