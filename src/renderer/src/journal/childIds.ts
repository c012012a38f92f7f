/** Keeping every trigger and remedy with its own episode when rows are written. */
import type { Table } from 'dexie';

/**
 * Triggers (or remedies) to write, each with an id no other row uses. The tables are keyed by the child's
 * own id, so a row whose id is already taken (by an episode the import does not touch, or by an earlier
 * row of the import) would replace that row and take it from its episode. Such a row gets a fresh id
 * instead of refusing the file: that keeps every entry, the journal's and the file's, and nothing refers
 * to a trigger or remedy by its id outside its own episode. Call after the rows being replaced are gone.
 */
export async function withFreeIds<Row extends { id: string }>(
  table: Table<Row, string>,
  rows: readonly Row[],
  newId: () => string,
): Promise<Row[]> {
  const stored = await table.bulkGet(rows.map((row) => row.id));
  const taken = new Set(stored.flatMap((row) => (row ? [row.id] : [])));
  return rows.map((row) => {
    const id = taken.has(row.id) ? newId() : row.id;
    taken.add(id);
    return id === row.id ? row : { ...row, id };
  });
}
