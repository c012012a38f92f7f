/**
 * What helps. For each remedy: the plain relief after using it (pain before minus after, rated 15
 * minutes to 4 hours later; see reliefTiming.ts), and, once the person has enough follow-ups from
 * episodes where they tried nothing, how much more it eased than pain eased by itself at a similar
 * starting pain and time (reliefModel.ts). Pain often eases by itself, so only the second is compared
 * with doing nothing; neither is proof that the remedy did it.
 */
import type { Episode } from '../model';
import type { RemedyId } from '../taxonomy/remedies';
import { fitReliefModel, nothingTriedRows, remedyRows } from './reliefModel';
import { groupLeftOut, timingOf, type LeftOut, type Timing } from './reliefTiming';
import { mean, median, sampleSd, tQuantile, wilcoxonSignedRank } from './stats';

export { RELIEF_WINDOW_MINUTES, type LeftOut, type LeftOutReason } from './reliefTiming';

export const MIN_USES = 5;
/**
 * Follow-ups from episodes where nothing was tried, needed before remedies are compared with them.
 * In simulation the ranges stayed honest even with 3, but then the whole baseline rests on a handful of
 * episodes (one odd day moves it) and a 2-point remedy with 10 uses was found in 88% of journals, against
 * 97% with 10 follow-ups (docs/insights-method.md). Ten is a few weeks of answering follow-ups.
 */
export const MIN_NOTHING_TRIED = 10;
/** Meaningful relief for one use: at least 2 points or 30% (Farrar et al. 2001). */
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_SHARE = 0.3;

/** What a remedy adds beyond natural easing, in points of extra relief, with its 95% range. */
export interface BeyondEasing {
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /**
   * Its counted uses, as in the plain relief, so the screen gives one count. (The model's rows differ a
   * little: an episode rated apart for two remedies gives each of them both ratings.)
   */
  uses: number;
  /** Follow-ups from episodes where nothing was tried. */
  followUps: number;
}

export interface RemedyRelief {
  remedy: RemedyId;
  /** Uses with both ratings, the after-rating inside the window. */
  uses: number;
  /** Uses logged in all, rated or not. */
  logged: number;
  /** Uses with a before and an after rating, whenever the after-rating was taken. */
  ratedAnyTime: number;
  /** Uses not counted, grouped by why. */
  leftOut: LeftOut[];
  moreUsesNeeded: number;
  /** Plain relief after using it (before minus after), from `uses` uses; null under MIN_USES. */
  median: number | null;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Share of rated uses with meaningful relief (0-1). */
  meaningfulShare: number | null;
  p: number | null;
  /** Relief beyond natural easing; null until it can be said (see followUpsNeeded, tangledWith). */
  beyond: BeyondEasing | null;
  /** Remedies it was used with too often to tell apart; empty when it can be told apart. */
  tangledWith: RemedyId[];
  /** More follow-ups without anything tried needed before the comparison; 0 once there are enough. */
  followUpsNeeded: number;
}

/** How pain went by itself: the follow-ups from episodes where nothing was tried. */
export interface NaturalCourse {
  /** Counted follow-ups (inside the window). */
  followUps: number;
  leftOut: LeftOut[];
  /** Average easing (before minus after) over them; null with none. */
  meanChange: number | null;
  moreNeeded: number;
}

export interface ReliefAnalysis {
  remedies: RemedyRelief[];
  natural: NaturalCourse;
}

/** Relief for one use (before minus after), or null when it is not counted (see timingOf). */
export function reliefOf(use: {
  painBefore: number | null;
  painAfter: number | null;
  minutesAfter: number | null;
}): number | null {
  const timing = timingOf(use);
  return timing.counted ? timing.before - timing.after : null;
}

function plainRelief(reliefs: number[], befores: number[]) {
  const uses = reliefs.length;
  if (uses < MIN_USES)
    return { median: null, mean: null, ciLow: null, ciHigh: null, meaningfulShare: null, p: null };
  const average = mean(reliefs);
  const margin = tQuantile(0.975, uses - 1) * (sampleSd(reliefs) / Math.sqrt(uses));
  const meaningful = reliefs.filter(
    (r, i) => r >= MEANINGFUL_POINTS || ((befores[i] ?? 0) > 0 && r / (befores[i] ?? 1) >= MEANINGFUL_SHARE),
  ).length;
  return {
    median: median(reliefs),
    mean: average,
    ciLow: average - margin,
    ciHigh: average + margin,
    meaningfulShare: meaningful / uses,
    p: wilcoxonSignedRank(reliefs).p,
  };
}

function naturalCourse(episodes: readonly Episode[]): NaturalCourse {
  const timings = episodes
    .filter((e) => e.deletedAt === null && e.remedies.length === 0 && e.followUp !== null)
    .map((e) =>
      timingOf({
        painBefore: e.followUp?.painBefore ?? null,
        painAfter: e.followUp?.pain ?? null,
        minutesAfter: e.followUp?.minutesAfter ?? null,
      }),
    );
  const changes = timings.flatMap((t) => (t.counted ? [t.before - t.after] : []));
  return {
    followUps: changes.length,
    leftOut: groupLeftOut(timings),
    meanChange: changes.length > 0 ? mean(changes) : null,
    moreNeeded: Math.max(0, MIN_NOTHING_TRIED - changes.length),
  };
}

/** A remedy counts for what it reliably gives: the low end of its comparison, else of its plain relief. */
export function reliefRankKey(relief: RemedyRelief): [number, number] {
  if (relief.beyond) return [2, relief.beyond.ciLow];
  if (relief.ciLow !== null) return [1, relief.ciLow];
  return [0, relief.uses];
}

export function compareRelief(a: RemedyRelief, b: RemedyRelief): number {
  const [ta, ka] = reliefRankKey(a);
  const [tb, kb] = reliefRankKey(b);
  return tb - ta || kb - ka || b.uses - a.uses || a.remedy.localeCompare(b.remedy);
}

export function analyzeRelief(episodes: readonly Episode[]): ReliefAnalysis {
  const live = episodes.filter((e) => e.deletedAt === null);
  const byRemedy = new Map<
    RemedyId,
    { timings: Timing[]; reliefs: number[]; befores: number[]; rated: number }
  >();
  for (const episode of live) {
    for (const use of episode.remedies) {
      const entry = byRemedy.get(use.kind) ?? { timings: [], reliefs: [], befores: [], rated: 0 };
      const timing = timingOf(use);
      entry.timings.push(timing);
      if (use.painBefore !== null && use.painAfter !== null) entry.rated += 1;
      if (timing.counted) {
        entry.reliefs.push(timing.before - timing.after);
        entry.befores.push(timing.before);
      }
      byRemedy.set(use.kind, entry);
    }
  }
  const natural = naturalCourse(live);
  const enough = natural.followUps >= MIN_NOTHING_TRIED;
  const nothingTried = enough ? nothingTriedRows(live) : [];
  const model = enough ? fitReliefModel([...remedyRows(live), ...nothingTried]) : null;
  const remedies = [...byRemedy.entries()].map(([remedy, entry]): RemedyRelief => {
    const uses = entry.reliefs.length;
    const coefficient = model?.beyond.get(remedy);
    const tangledWith = model?.tangled.get(remedy) ?? [];
    const beyond =
      coefficient && uses >= MIN_USES
        ? {
            estimate: coefficient.estimate,
            ciLow: coefficient.ciLow,
            ciHigh: coefficient.ciHigh,
            uses,
            followUps: nothingTried.length,
          }
        : null;
    return {
      remedy,
      uses,
      logged: entry.timings.length,
      ratedAnyTime: entry.rated,
      leftOut: groupLeftOut(entry.timings),
      moreUsesNeeded: Math.max(0, MIN_USES - uses),
      ...plainRelief(entry.reliefs, entry.befores),
      beyond,
      tangledWith: uses >= MIN_USES ? tangledWith : [],
      followUpsNeeded: natural.moreNeeded,
    };
  });
  return { remedies: remedies.sort(compareRelief), natural };
}

/** The remedies alone, ranked by what they reliably give (see compareRelief). */
export function analyzeRemedies(episodes: readonly Episode[]): RemedyRelief[] {
  return analyzeRelief(episodes).remedies;
}
