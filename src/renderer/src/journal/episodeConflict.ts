/**
 * Two windows can edit the same episode. An edit says which stored version it was made on, and is only
 * written over that version: anything else stored there means someone else changed, deleted or removed
 * it in the meantime, and the person decides what happens rather than one window silently winning.
 */
import type { Episode } from '@shared/model';
import { isSameRecord } from './sameRecord';

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

/**
 * Whether two reads of an episode are the same stored version (see isSameRecord), comparing triggers and
 * remedies by id whatever order they were read in.
 */
export function isSameVersion(a: Episode, b: Episode): boolean {
  return isSameRecord(
    { ...a, triggers: sortedById(a.triggers), remedies: sortedById(a.remedies) },
    { ...b, triggers: sortedById(b.triggers), remedies: sortedById(b.remedies) },
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
