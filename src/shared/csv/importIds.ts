/**
 * Ids for episodes imported from another app's CSV, worked out from what the row says rather than drawn
 * at random, so importing the same file again finds the episodes it brought in the first time instead of
 * adding them twice.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Episode } from '../model';

/** A UUID-shaped id (version 8: "custom", RFC 9562) from the SHA-256 of `text`. */
export function idFromText(text: string): string {
  const hex = bytesToHex(sha256(new TextEncoder().encode(text))).slice(0, 32);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What identifies an imported row: everything read from it, none of the ids or bookkeeping times. */
export function importedContent(
  episode: Pick<Episode, 'startedAt' | 'intensity' | 'notes' | 'triggers' | 'remedies'> &
    Partial<Pick<Episode, 'regions' | 'qualities'>>,
): string {
  const regions = episode.regions ?? [];
  const qualities = episode.qualities ?? [];
  return JSON.stringify([
    episode.startedAt,
    episode.intensity,
    episode.notes,
    episode.triggers.map((t) => [t.kind, t.note]),
    episode.remedies.map((r) => [r.kind, r.medicationName]),
    // Only when there are some, so rows imported before places and kinds of pain were read keep their ids.
    ...(regions.length > 0 || qualities.length > 0 ? [regions, qualities] : []),
  ]);
}

/**
 * Gives every episode an id from its content, and its triggers and remedies ids from that. Rows that say
 * exactly the same thing are told apart by how many came before them, so both are kept, and a re-import
 * of the same file still gives each the same id.
 */
export function withContentIds(episodes: readonly Episode[]): Episode[] {
  const seen = new Map<string, number>();
  return episodes.map((episode) => {
    const content = importedContent(episode);
    const repeat = seen.get(content) ?? 0;
    seen.set(content, repeat + 1);
    const id = idFromText(`csv-import:${content}#${repeat}`);
    return {
      ...episode,
      id,
      triggers: episode.triggers.map((t, i) => ({ ...t, id: idFromText(`${id}:trigger:${i}`) })),
      remedies: episode.remedies.map((r, i) => ({ ...r, id: idFromText(`${id}:remedy:${i}`) })),
    };
  });
}
