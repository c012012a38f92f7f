/**
 * Merging journals from several computers, one record at a time.
 *
 * Every version of a record carries the clock reading (hlc) of the edit that made it and `base`, the reading
 * of the version the editor was looking at. The newest reading wins; a delete is a version whose value is
 * null (a tombstone), so it wins only by being newer, and an undo is simply a newer edit.
 *
 * Two versions are concurrent (made while apart) when neither was made looking at the other or something
 * newer: an edit on base b counts as having seen every version up to b, because the editor's current
 * version is always the newest it had. A concurrent pair with different values is a conflict, shown as
 * "edited on two computers" until someone edits the record again on top of the winner.
 *
 * So that every computer ends with the same records and the same conflicts whatever order changes arrive in,
 * each record keeps exactly two versions, both functions of the set of versions seen: the newest (current),
 * and the newest whose value differs from it. That second one is the only possible loser of a conflict.
 */
import { isRecord } from '../isRecord';
import type { Clock } from './hlc';
import { isHlc } from './hlc';

/** `value: null` is a tombstone. `base` is the hlc this edit was made on, null for a new record. */
export type Change = { table: string; id: string; hlc: string; base: string | null; value: unknown };

export type Version = { value: unknown; hlc: string; base: string | null };

export type JournalRecord = Version & {
  table: string;
  id: string;
  /** The newest version seen whose value differs from the current one; a conflict's loser if concurrent. */
  newestDifferent: Version | null;
};

/** One computer's view of the synced journal. The functions below update it in place. */
export type Replica = { records: Map<string, JournalRecord> };

export type Conflict = { table: string; id: string; versions: [loser: Version, winner: Version] };

const TABLE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

export function recordKey(table: string, id: string): string {
  return `${table}:${id}`;
}

export function createReplica(records: Iterable<JournalRecord> = []): Replica {
  const replica: Replica = { records: new Map() };
  for (const record of records) replica.records.set(recordKey(record.table, record.id), record);
  return replica;
}

/** An edit or delete (value null) made on this computer: applies it here and returns the change to send. */
export function localEdit(replica: Replica, clock: Clock, table: string, id: string, value: unknown): Change {
  const current = replica.records.get(recordKey(table, id));
  // Receiving the current reading guarantees the edit is newer than the version it replaces, even if that
  // version came from a computer whose clock runs hours ahead.
  const hlc = current ? clock.receive(current.hlc) : clock.tick();
  const change: Change = { table, id, hlc, base: current?.hlc ?? null, value };
  applyChanges(replica, [change]);
  return change;
}

/** Keeping one side of a conflict is a new edit on top of the winner, which closes it on every computer. */
export function keepVersion(replica: Replica, clock: Clock, conflict: Conflict, kept: Version): Change {
  return localEdit(replica, clock, conflict.table, conflict.id, kept.value);
}

/**
 * Applies changes from any computer, in any order, any number of times. Checks the whole batch first so a
 * damaged one changes nothing. Returns the changes that became a record's current version, for the caller
 * to write to the local journal.
 */
export function applyChanges(replica: Replica, changes: readonly unknown[]): Change[] {
  const checked = changes.map(parseChange);
  return checked.filter((change) => applyOne(replica, change));
}

function applyOne(replica: Replica, change: Change): boolean {
  const key = recordKey(change.table, change.id);
  const existing = replica.records.get(key);
  const incoming: Version = { value: change.value, hlc: change.hlc, base: change.base };
  if (!existing) {
    replica.records.set(key, { table: change.table, id: change.id, ...incoming, newestDifferent: null });
    return true;
  }
  const order = compareVersions(incoming, existing);
  if (order === 0) return false;
  if (order > 0) {
    const newestDifferent = sameValue(existing.value, incoming.value)
      ? existing.newestDifferent
      : versionOf(existing);
    replica.records.set(key, { table: change.table, id: change.id, ...incoming, newestDifferent });
    return true;
  }
  const isNewerDifferent =
    !sameValue(incoming.value, existing.value) &&
    (existing.newestDifferent === null || compareVersions(incoming, existing.newestDifferent) > 0);
  if (isNewerDifferent) replica.records.set(key, { ...existing, newestDifferent: incoming });
  return false;
}

export function conflictOf(record: JournalRecord): Conflict | null {
  const loser = record.newestDifferent;
  if (loser === null) return null;
  // The winner was made having seen the loser (or something newer): a plain later edit, not a conflict.
  if (record.base !== null && loser.hlc <= record.base) return null;
  return { table: record.table, id: record.id, versions: [loser, versionOf(record)] };
}

/** Open conflicts, in a stable order so every computer lists them alike. */
export function openConflicts(replica: Replica): Conflict[] {
  return [...replica.records.keys()].sort().flatMap((key) => {
    const record = replica.records.get(key);
    const conflict = record ? conflictOf(record) : null;
    return conflict ? [conflict] : [];
  });
}

/**
 * Every version the replica keeps, as changes. Applied to an empty replica they rebuild the same records
 * and conflicts, so a compacted snapshot loses nothing a newly joined computer needs.
 */
export function replicaChanges(replica: Replica): Change[] {
  return [...replica.records.values()].flatMap((record) => {
    const current = { table: record.table, id: record.id, ...versionOf(record) };
    const other = record.newestDifferent;
    return other ? [{ table: record.table, id: record.id, ...other }, current] : [current];
  });
}

/** Checks a change read from outside and keeps only its known fields. */
export function parseChange(raw: unknown): Change {
  const fail = (problem: string): never => {
    throw new Error(`A change from another computer is damaged (${problem}), so none of its batch was used.`);
  };
  if (!isRecord(raw)) return fail('not an object');
  const { table, id, hlc, base, value } = raw;
  if (typeof table !== 'string' || !TABLE_PATTERN.test(table)) return fail('no usable table name');
  if (typeof id !== 'string' || id === '') return fail('no record id');
  if (!isHlc(hlc)) return fail('no usable clock reading');
  if (base !== null && !isHlc(base)) return fail('no usable base reading');
  // A version is always made after the one it was based on; anything else would break the merge rules.
  if (base !== null && base >= hlc) return fail('base is not older than the edit');
  if (value === undefined) return fail('no value');
  return { table, id, hlc, base, value };
}

function versionOf({ value, hlc, base }: Version): Version {
  return { value, hlc, base };
}

/**
 * Newest clock reading first. Two different versions with the same reading can only come from a broken or
 * tampered file; ordering them by content still lets every computer pick the same one.
 */
function compareVersions(a: Version, b: Version): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  const x = canonicalJson([a.base, a.value]);
  const y = canonicalJson([b.base, b.value]);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Equal as JSON regardless of key order: the same entry saved on both computers is not a conflict. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      isRecord(item)
        ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : item,
    ) ?? 'undefined'
  );
}
