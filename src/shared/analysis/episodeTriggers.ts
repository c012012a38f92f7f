/**
 * Triggers noted only on episodes have no base rate (nobody notes "stress" on a pain-free day unless a
 * check-in asks), so they are described with counts and never ranked as contributing factors.
 */
import type { Episode, TriggerKind } from '../model';

export interface TriggerCount {
  kind: TriggerKind;
  episodes: number;
  of: number;
}

export function countEpisodeTriggers(episodes: readonly Episode[]): TriggerCount[] {
  const live = episodes.filter((e) => e.deletedAt === null);
  const counts = new Map<TriggerKind, number>();
  for (const episode of live) {
    for (const kind of new Set(episode.triggers.map((t) => t.kind)))
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([kind, count]) => ({ kind, episodes: count, of: live.length }))
    .sort((a, b) => b.episodes - a.episodes || a.kind.localeCompare(b.kind));
}
