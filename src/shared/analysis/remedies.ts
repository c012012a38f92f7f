/**
 * What helps: relief after each use of a remedy (pain before minus pain after, the after-rating taken 30
 * to 180 minutes later). Pain often eases by itself and episodes without a remedy carry no before/after
 * ratings here, so this is "relief after using", never an effect of the remedy.
 */
import type { Episode } from '../model';
import type { RemedyId } from '../taxonomy/remedies';
import { mean, median, sampleSd, tQuantile, wilcoxonSignedRank } from './stats';

export const MIN_USES = 5;
export const RELIEF_WINDOW_MINUTES = { from: 30, to: 180 } as const;
/** Meaningful relief for one use: at least 2 points or 30% (Farrar et al. 2001). */
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_SHARE = 0.3;

export interface RemedyRelief {
  remedy: RemedyId;
  /** Uses with both ratings inside the window. */
  uses: number;
  /** Uses logged in all, rated or not. */
  logged: number;
  moreUsesNeeded: number;
  median: number | null;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Share of rated uses with meaningful relief (0-1). */
  meaningfulShare: number | null;
  p: number | null;
}

export function reliefOf(use: {
  painBefore: number | null;
  painAfter: number | null;
  minutesAfter: number | null;
}): number | null {
  if (use.painBefore === null || use.painAfter === null || use.minutesAfter === null) return null;
  if (use.minutesAfter < RELIEF_WINDOW_MINUTES.from || use.minutesAfter > RELIEF_WINDOW_MINUTES.to)
    return null;
  return use.painBefore - use.painAfter;
}

export function analyzeRemedies(episodes: readonly Episode[]): RemedyRelief[] {
  const byRemedy = new Map<RemedyId, { reliefs: number[]; befores: number[]; logged: number }>();
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    for (const use of episode.remedies) {
      const entry = byRemedy.get(use.kind) ?? { reliefs: [], befores: [], logged: 0 };
      entry.logged += 1;
      const relief = reliefOf(use);
      if (relief !== null && use.painBefore !== null) {
        entry.reliefs.push(relief);
        entry.befores.push(use.painBefore);
      }
      byRemedy.set(use.kind, entry);
    }
  }
  const results = [...byRemedy.entries()].map(([remedy, { reliefs, befores, logged }]): RemedyRelief => {
    const uses = reliefs.length;
    if (uses < MIN_USES) {
      return {
        remedy,
        uses,
        logged,
        moreUsesNeeded: MIN_USES - uses,
        median: null,
        mean: null,
        ciLow: null,
        ciHigh: null,
        meaningfulShare: null,
        p: null,
      };
    }
    const average = mean(reliefs);
    const margin = tQuantile(0.975, uses - 1) * (sampleSd(reliefs) / Math.sqrt(uses));
    const meaningful = reliefs.filter(
      (r, i) =>
        r >= MEANINGFUL_POINTS || ((befores[i] ?? 0) > 0 && r / (befores[i] ?? 1) >= MEANINGFUL_SHARE),
    ).length;
    return {
      remedy,
      uses,
      logged,
      moreUsesNeeded: 0,
      median: median(reliefs),
      mean: average,
      ciLow: average - margin,
      ciHigh: average + margin,
      meaningfulShare: meaningful / uses,
      p: wilcoxonSignedRank(reliefs).p,
    };
  });
  // Ranked by the lower end of the interval: a remedy counts for what it reliably gives, not its best case.
  return results.sort((a, b) => (b.ciLow ?? -Infinity) - (a.ciLow ?? -Infinity) || b.uses - a.uses);
}
