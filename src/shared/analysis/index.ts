/**
 * Everything the Insights screen shows, from the journal and "today": contributing factors, what helps,
 * and the triggers noted on episodes. Pure and deterministic, so it runs the same in a worker and in tests.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import type { OwnFactor } from '../ownFactors';
import { buildDailyTable } from './dailyTable';
import { countEpisodeTriggers, type TriggerCount } from './episodeTriggers';
import { analyzeFactors, factorCapacity, type FactorAnalysis } from './insights';
import { analyzeRelief, type NaturalCourse, type RemedyRelief } from './remedies';

export interface JournalInsights {
  factors: FactorAnalysis;
  remedies: RemedyRelief[];
  /** How pain went when nothing was tried: what the remedies are compared with. */
  naturalCourse: NaturalCourse;
  episodeTriggers: TriggerCount[];
  checkInDays: number;
  episodes: number;
}

export interface AnalyzeInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  timeZone: string;
  today: CalendarDay;
  /** Every own factor ever created, archived ones too (see buildDailyTable). */
  ownFactors?: readonly OwnFactor[];
}

/** Only the contributing factors (what the report needs), and the check-in days they rest on. */
export function analyzeJournalFactors({
  episodes,
  checkIns,
  timeZone,
  today,
  ownFactors = [],
}: AnalyzeInput): Pick<JournalInsights, 'factors' | 'checkInDays'> {
  const live = episodes.filter((e) => e.deletedAt === null);
  const rows = buildDailyTable({ episodes: live, checkIns, timeZone, today, ownFactors });
  return { factors: analyzeFactors(rows, ownFactors), checkInDays: rows.length };
}

/** How many factors Insights can test together for this journal, and how many built-in and own it tests. */
export function journalFactorCapacity({
  episodes,
  checkIns,
  timeZone,
  today,
  ownFactors = [],
}: AnalyzeInput): ReturnType<typeof factorCapacity> {
  const live = episodes.filter((e) => e.deletedAt === null);
  return factorCapacity(
    buildDailyTable({ episodes: live, checkIns, timeZone, today, ownFactors }),
    ownFactors,
  );
}

export function analyzeJournal(input: AnalyzeInput): JournalInsights {
  const live = input.episodes.filter((e) => e.deletedAt === null);
  const relief = analyzeRelief(live);
  return {
    ...analyzeJournalFactors(input),
    remedies: relief.remedies,
    naturalCourse: relief.natural,
    episodeTriggers: countEpisodeTriggers(live),
    episodes: live.length,
  };
}

export type { FactorInsight, Tier } from './insights';
export type { FactorKind, OwnFactorRef } from './factors';
export { DAYS_PER_FACTOR, testCapacity, type TestCapacity } from './capacity';
export type { NaturalCourse, RemedyRelief } from './remedies';
export type { TriggerCount } from './episodeTriggers';
