/**
 * Two windows can edit the same episode. An edit says which stored version it was made on, and is only
 * written over that version: anything else stored there means someone else changed, deleted or removed
 * it in the meantime, and the person decides what happens rather than one window silently winning.
 */
import type { Episode } from '@shared/model';

/**
 * - changed: saved again elsewhere after the form loaded it;
 * - deleted: deleted elsewhere (it is still stored, so it could be brought back);
 * - missing: no longer stored at all (a backup restored in place of the journal, for instance).
 */
export type EpisodeConflictKind = 'changed' | 'deleted' | 'missing';

/** Thrown by saveEpisode instead of writing over a version the edit was not made on. Nothing is written. */
export class EpisodeConflict extends Error {
  override readonly name = 'EpisodeConflict';
  readonly kind: EpisodeConflictKind;
  /** What is stored now, to show or to write over on purpose; null when nothing is. */
  readonly stored: Episode | null;
  /** The version the edit was made on. */
  readonly basedOn: Episode | null;

  constructor(kind: EpisodeConflictKind, stored: Episode | null, basedOn: Episode | null) {
    super(`The episode was ${kind === 'missing' ? 'removed' : kind} after this edit began`);
    this.kind = kind;
    this.stored = stored;
    this.basedOn = basedOn;
  }
}

function sortedById<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** JSON with keys in one order, so equal values give equal text whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Whether two reads of an episode are the same stored version. updatedAt alone is not enough: two
 * windows can save within one millisecond (or with a clock set back), so the content is compared too.
 * Triggers and remedies are compared by id, whatever order they were read in.
 */
export function isSameVersion(a: Episode, b: Episode): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.deletedAt === b.deletedAt &&
    canonical({ ...a, triggers: sortedById(a.triggers), remedies: sortedById(a.remedies) }) ===
      canonical({ ...b, triggers: sortedById(b.triggers), remedies: sortedById(b.remedies) })
  );
}

/**
 * The conflict, if any, between what is stored and the version an edit was made on (null: the person
 * already knows nothing is stored and chose to keep the episode).
 */
export function findConflict(stored: Episode | null, basedOn: Episode | null): EpisodeConflict | null {
  if (stored === null) return basedOn === null ? null : new EpisodeConflict('missing', null, basedOn);
  if (basedOn !== null && isSameVersion(stored, basedOn)) return null;
  return new EpisodeConflict(stored.deletedAt === null ? 'changed' : 'deleted', stored, basedOn);
}
