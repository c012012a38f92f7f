/**
 * Everything the Trends dashboard draws for one range, from the journal: the same function runs on the
 * screen and in the trends worker, which works out the preset ranges ahead of time.
 */
import { analyzeJournalFactors, type FactorInsight, type RemedyRelief } from '../analysis';
import type { CheckIn } from '../checkIns';
import { activeOwnFactors, type OwnFactor } from '../ownFactors';
import { addCalendarDays, type CalendarDay } from '../dates';
import { summarizeLengths } from '../episodeLength';
import type { Episode } from '../model';
import type { WithdrawalPeriod } from '../withdrawal';
import type { WaterUnit } from '../scoring/water';
import { dailyPain } from '../scoring/painTrend';
import { contextPoints, ownContextPoints, type ContextPoint } from './context';
import { hourWeekdayHeatmap, type HeatCell } from './heatmap';
import { episodesInRange } from './internal';
import { emptyPeriod, lastJournalDay, type EmptyPeriod } from './periodWords';
import { firstJournalDay, previousPeriod, type DayRange } from './range';
import { regionStats, type RegionStat } from './regions';
import { remediesInRange } from './remediesInRange';
import { painSeries, type DayPoint } from './series';
import { compareSummaries, summarizePeriod, type SummaryComparison } from './summary';
import {
  describeContext,
  ownFieldWords,
  describeHeatmap,
  describePainSeries,
  describeRegions,
  describeRemedies,
  describeWeekly,
} from './summaries';
import { MAX_DAILY_POINTS, MAX_WEEKLY_BARS, monthlyBars, weeklyPainPoints } from './downsample';
import { episodesPerWeek, type WeekBar } from './weekly';

export interface TrendsJournal {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  withdrawalPeriods: readonly WithdrawalPeriod[];
  /** Every own factor ever created, as Insights has them, so Trends and Insights never disagree. */
  ownFactors?: readonly OwnFactor[];
  /** The person's unit for water (Settings), so a quoted Insights sentence reads as it does there. */
  waterUnit?: WaterUnit;
}

/**
 * What a caller may already know, so that a view of a few weeks needs only the entries around its range
 * (see trendsSliceFrom): the Insights factors worked out for ranges that end on `to`, and the journal's
 * first and last days. Given both, `journal` may hold only the entries from trendsSliceFrom on.
 */
export interface TrendsShortcuts {
  factors?: { to: CalendarDay; factors: readonly FactorInsight[] };
  span?: { firstDay: CalendarDay | null; lastDay: CalendarDay | null };
}

/**
 * The first day whose entries a view of `range` looks at (its own and the previous period's, with the
 * margin episodesNear keeps, and a withdrawal period's days from its quit day): from this day on, a
 * journal's entries give the same view as the whole journal, given the shortcuts.
 */
export function trendsSliceFrom(
  range: DayRange,
  withdrawalPeriods: readonly WithdrawalPeriod[],
): CalendarDay {
  const near = addCalendarDays(previousPeriod(range).from, -8);
  const period = withdrawalPeriods[0];
  // An episode's local day can start up to 14 hours before midnight UTC, so a day earlier than the quit day.
  const quit = period ? addCalendarDays(period.quitDay, -1) : near;
  return quit < near ? quit : near;
}

export interface TrendsView {
  range: DayRange;
  previous: DayRange;
  deltas: SummaryComparison;
  /** Something was logged in the period before, so the cards compare with it. */
  hasComparison: boolean;
  /** Set when nothing was logged in the period but the journal has entries elsewhere. */
  empty: EmptyPeriod | null;
  pain: DayPoint[];
  weekly: WeekBar[];
  heatmap: HeatCell[];
  regions: RegionStat[];
  helps: RemedyRelief[];
  sleep: ContextPoint[];
  stress: ContextPoint[];
  desk: ContextPoint[];
  mood: ContextPoint[];
  energy: ContextPoint[];
  /** Each active factor of the person's own against pain, in the order they were made. */
  own: OwnContext[];
  /** What the pain chart draws: one point a day, or a week for long ranges. */
  painDrawn: DayPoint[];
  /** What the episodes chart draws: a bar a week, or a month for long ranges. */
  weeklyDrawn: WeekBar[];
  /** Each chart's summary in words. */
  words: Record<
    'pain' | 'weekly' | 'heatmap' | 'regions' | 'helps' | 'sleep' | 'stress' | 'desk' | 'mood' | 'energy',
    string
  >;
}

export interface OwnContext {
  factorId: string;
  name: string;
  kind: OwnFactor['kind'];
  unit: string | null;
  points: ContextPoint[];
  summary: string;
}

/**
 * Episodes that can matter for a range: started within it, or in the six days before (for the rolling
 * average). Compared as instants with a day's slack either side for time zones, so the aggregations
 * only look at the few they need; each of them still checks the exact local day.
 */
export function episodesNear(episodes: readonly Episode[], range: DayRange): Episode[] {
  const from = `${addCalendarDays(range.from, -8)}T00:00`;
  const to = `${addCalendarDays(range.to, 2)}T00:00`;
  return episodes.filter((e) => e.startedAt >= from && e.startedAt < to);
}

/** The factors the context charts speak for: each chart's field and the Insights factor it matches. */
const CONTEXT_FACTORS = {
  sleep: 'poor-sleep',
  stress: 'stress-high',
  desk: 'long-desk',
  mood: 'mood-low',
  energy: 'energy-low',
} as const;

let lastAnalysis: {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  ownFactors: readonly OwnFactor[] | undefined;
  waterUnit: WaterUnit | undefined;
  timeZone: string;
  to: string;
  factors: readonly FactorInsight[];
} | null = null;

/**
 * The Insights analysis of the journal up to the range's last day, as the report runs it. The trends
 * worker works out several ranges that end on the same day from the same journal, so the last result is
 * kept and reused.
 */
function factorsUpTo(journal: TrendsJournal, to: string, timeZone: string): readonly FactorInsight[] {
  const { episodes, checkIns } = journal;
  if (
    lastAnalysis &&
    lastAnalysis.episodes === episodes &&
    lastAnalysis.checkIns === checkIns &&
    lastAnalysis.ownFactors === journal.ownFactors &&
    lastAnalysis.waterUnit === journal.waterUnit &&
    lastAnalysis.timeZone === timeZone &&
    lastAnalysis.to === to
  )
    return lastAnalysis.factors;
  const { factors } = analyzeJournalFactors({
    episodes: [...episodes],
    checkIns: [...checkIns],
    timeZone,
    today: to,
    ownFactors: journal.ownFactors ?? [],
    ...(journal.waterUnit ? { waterUnit: journal.waterUnit } : {}),
  });
  lastAnalysis = {
    episodes,
    checkIns,
    ownFactors: journal.ownFactors,
    waterUnit: journal.waterUnit,
    timeZone,
    to,
    factors: factors.factors,
  };
  return factors.factors;
}

export function trendsView(
  journal: TrendsJournal,
  range: DayRange,
  timeZone: string,
  shortcuts: TrendsShortcuts = {},
): TrendsView {
  const { checkIns, withdrawalPeriods } = journal;
  const previous = previousPeriod(range);
  const near = episodesNear(journal.episodes, range);
  // Each day's pain, worked out once for everything this range draws.
  const daily = dailyPain(near, checkIns, timeZone);
  const current = summarizePeriod(near, checkIns, range, timeZone, daily);
  const before = summarizePeriod(episodesNear(journal.episodes, previous), checkIns, previous, timeZone);
  const pain = painSeries(near, checkIns, withdrawalPeriods, range, timeZone, daily);
  const weekly = episodesPerWeek(near, range, timeZone);
  const heatmap = hourWeekdayHeatmap(near, range, timeZone);
  const regions = regionStats(near, range, timeZone);
  const helps = remediesInRange(near, range, timeZone);
  const sleep = contextPoints(near, checkIns, range, timeZone, 'sleepHours', daily);
  const stress = contextPoints(near, checkIns, range, timeZone, 'stress', daily);
  const desk = contextPoints(near, checkIns, range, timeZone, 'deskHours', daily);
  const mood = contextPoints(near, checkIns, range, timeZone, 'mood', daily);
  const energy = contextPoints(near, checkIns, range, timeZone, 'energy', daily);
  const factors =
    shortcuts.factors && shortcuts.factors.to === range.to
      ? shortcuts.factors.factors
      : factorsUpTo(journal, range.to, timeZone);
  const insightFor = (id: string) => factors.find((f) => f.id === id) ?? null;
  // Archived factors are hidden here (their values are kept and Insights still counts them).
  const own = activeOwnFactors(journal.ownFactors ?? []).map((factor): OwnContext => {
    const points = ownContextPoints(near, checkIns, range, timeZone, factor.id, daily);
    return {
      factorId: factor.id,
      name: factor.name,
      kind: factor.kind,
      unit: factor.unit,
      points,
      summary: describeContext(points, ownFieldWords(factor.name), insightFor(`own-${factor.id}`)),
    };
  });
  return {
    range,
    previous,
    deltas: compareSummaries(current, before),
    hasComparison: before.loggedDays > 0,
    empty: emptyPeriod(
      range,
      current.loggedDays,
      shortcuts.span ?? {
        firstDay: firstJournalDay(journal.episodes, checkIns, timeZone),
        lastDay: lastJournalDay(journal.episodes, checkIns, timeZone),
      },
    ),
    pain,
    weekly,
    heatmap,
    regions,
    helps,
    sleep,
    stress,
    desk,
    mood,
    energy,
    own,
    painDrawn: pain.length > MAX_DAILY_POINTS ? weeklyPainPoints(pain) : pain,
    weeklyDrawn: weekly.length > MAX_WEEKLY_BARS ? monthlyBars(weekly) : weekly,
    words: {
      pain: describePainSeries(pain),
      weekly: describeWeekly(
        weekly,
        summarizeLengths(episodesInRange(near, range, timeZone).map(({ episode }) => episode)),
      ),
      heatmap: describeHeatmap(heatmap),
      regions: describeRegions(regions),
      helps: describeRemedies(helps),
      sleep: describeContext(sleep, 'sleepHours', insightFor(CONTEXT_FACTORS.sleep)),
      stress: describeContext(stress, 'stress', insightFor(CONTEXT_FACTORS.stress)),
      desk: describeContext(desk, 'deskHours', insightFor(CONTEXT_FACTORS.desk)),
      mood: describeContext(mood, 'mood', insightFor(CONTEXT_FACTORS.mood)),
      energy: describeContext(energy, 'energy', insightFor(CONTEXT_FACTORS.energy)),
    },
  };
}

/** A range as a key for views worked out ahead of time. */
export function rangeKey(range: DayRange): string {
  return `${range.from}..${range.to}`;
}
