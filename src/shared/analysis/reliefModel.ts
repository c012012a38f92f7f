/**
 * Relief beyond natural easing: how much more pain changed after a remedy than it did over a similar
 * time, from a similar starting pain, in the person's episodes where nothing was tried.
 *
 * One linear model over rows = rated remedy uses and nothing-tried follow-ups:
 *   change = a + b·(starting pain − mean) + c·(minutes − mean) + Σ_r d_r·[remedy r tried] + e
 * d_r is what remedy r adds. The starting-pain term matters: remedies are used more when pain is higher,
 * and high ratings fall further by themselves (they ease more, and a rating that was high partly by
 * chance tends to be lower next time: regression to the mean), so without it a remedy that does nothing
 * would look helpful. An episode with two remedies rated by the same answer (a follow-up fills them all)
 * is one row with both indicators: one observation, not two. Robust (HC3) standard errors, t interval.
 */
import type { Episode } from '../model';
import type { RemedyId } from '../taxonomy/remedies';
import { fitRobust, type RobustCoefficient } from './robustFit';
import { timingOf } from './reliefTiming';

export interface ReliefRow {
  before: number;
  minutes: number;
  /** Pain before minus pain after: positive when it eased. */
  change: number;
  remedies: RemedyId[];
}

/**
 * Rated remedy uses inside the window, one row per episode and distinct rating (a follow-up's answer
 * rates every remedy on the episode at once: that is one observation, not one per remedy).
 */
export function remedyRows(episodes: readonly Episode[]): ReliefRow[] {
  const rows: ReliefRow[] = [];
  for (const episode of episodes) {
    if (episode.deletedAt !== null) continue;
    // Every rating on the episode comes after everything tried on it, so each row carries all of them:
    // a rating of heat taken after heat and a stretch must not credit heat with the stretch.
    const tried = [...new Set(episode.remedies.map((use) => use.kind))];
    const byRating = new Map<string, ReliefRow>();
    for (const use of episode.remedies) {
      const timing = timingOf(use);
      if (!timing.counted) continue;
      const key = `${timing.before}|${timing.after}|${timing.minutes}`;
      if (byRating.has(key)) continue;
      byRating.set(key, {
        before: timing.before,
        minutes: timing.minutes,
        change: timing.before - timing.after,
        remedies: tried,
      });
    }
    rows.push(...byRating.values());
  }
  return rows;
}

/** Episodes where nothing was tried, with their follow-up inside the window. */
export function nothingTriedRows(episodes: readonly Episode[]): ReliefRow[] {
  return episodes.flatMap((episode) => {
    if (episode.deletedAt !== null || episode.remedies.length > 0 || episode.followUp === null) return [];
    const { painBefore, pain, minutesAfter } = episode.followUp;
    const timing = timingOf({ painBefore, painAfter: pain, minutesAfter });
    return timing.counted
      ? [
          {
            before: timing.before,
            minutes: timing.minutes,
            change: timing.before - timing.after,
            remedies: [],
          },
        ]
      : [];
  });
}

export interface ReliefModel {
  /** What each remedy adds beyond natural easing; absent for a remedy that can't be told apart. */
  beyond: Map<RemedyId, RobustCoefficient & { rows: number }>;
  /** Remedies left out because they were (almost) always used with others, and which. */
  tangled: Map<RemedyId, RemedyId[]>;
}

/**
 * Rows a remedy needs without each other remedy it is used with: fewer and the two can't be told apart
 * (the estimate would rest on one or two uses), so they are named as used together instead.
 */
export const MIN_USES_APART = 3;

/** Fits the model; the remedy columns go in most-used first, so a rarer duplicate is the one left out. */
export function fitReliefModel(rows: readonly ReliefRow[]): ReliefModel {
  const counts = new Map<RemedyId, number>();
  for (const row of rows) for (const r of row.remedies) counts.set(r, (counts.get(r) ?? 0) + 1);
  const remedies = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const meanBefore = mean(rows.map((r) => r.before));
  const meanMinutes = mean(rows.map((r) => r.minutes));
  const columns = [
    rows.map(() => 1),
    rows.map((r) => r.before - meanBefore),
    rows.map((r) => r.minutes - meanMinutes),
    ...remedies.map((remedy) => rows.map((r) => (r.remedies.includes(remedy) ? 1 : 0))),
  ];
  const FIRST_REMEDY = 3;
  const tangled = new Map<RemedyId, RemedyId[]>();
  const note = (a: RemedyId, b: RemedyId) => {
    const list = tangled.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    tangled.set(a, list);
  };
  // A remedy seldom used without another can't be told apart from it; the other, used alone often
  // enough, still can (its own uses without the first carry its estimate).
  for (const a of remedies) {
    for (const b of remedies) {
      if (a === b) continue;
      const together = rows.filter((r) => r.remedies.includes(a) && r.remedies.includes(b)).length;
      const aAlone = (counts.get(a) ?? 0) - together;
      if (together > 0 && aAlone < MIN_USES_APART) note(a, b);
    }
  }
  const fit = fitRobust(
    rows.map((r) => r.change),
    columns,
  );
  const beyond: ReliefModel['beyond'] = new Map();
  if (!fit) return { beyond, tangled };
  for (const { index, partners } of fit.dropped) {
    const remedy = remedies[index - FIRST_REMEDY];
    if (!remedy) continue;
    for (const partner of partners) {
      const other = remedies[partner - FIRST_REMEDY];
      if (other) {
        note(remedy, other);
        note(other, remedy);
      }
    }
  }
  remedies.forEach((remedy, i) => {
    const coefficient = fit.coefficients[FIRST_REMEDY + i];
    if (!coefficient || tangled.has(remedy) || !Number.isFinite(coefficient.se)) return;
    beyond.set(remedy, { ...coefficient, rows: counts.get(remedy) ?? 0 });
  });
  return { beyond, tangled };
}
