/**
 * Everything the Insights screen shows, from the journal and "today": contributing factors, what helps,
 * and the triggers noted on episodes. Pure and deterministic, so it runs the same in a worker and in tests.
 */
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Episode } from '../model';
import type { OwnFactor } from '../ownFactors';
import type { WaterUnit } from '../scoring/water';
import type { DayRange } from '../trends/range';
import { buildDailyTable } from './dailyTable';
import { countEpisodeTriggers, type TriggerCount } from './episodeTriggers';
import { analyzeFactors, factorFamily, type FactorAnalysis, type FactorFamily } from './insights';
import { analyzeRelief, type NaturalCourse, type RemedyRelief } from './remedies';

export interface JournalInsights {
  factors: FactorAnalysis;
  remedies: RemedyRelief[];
  /** How pain went when nothing was tried: what the remedies are compared with. */
  naturalCourse: NaturalCourse;
  episodeTriggers: TriggerCount[];
  checkInDays: number;
  /** The first and last check-in days the analysis used (see analyzeJournalFactors). */
  checkInSpan: DayRange | null;
  episodes: number;
}

export interface AnalyzeInput {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  timeZone: string;
  today: CalendarDay;
  /** Every own factor ever created, archived ones too (see buildDailyTable). */
  ownFactors?: readonly OwnFactor[];
  /** The unit the person counts water in (Settings), for the words of the low-water factor. */
  waterUnit?: WaterUnit;
}

/** Only the contributing factors (what the report needs), and the check-in days they rest on. */
export function analyzeJournalFactors(
  input: AnalyzeInput,
): Pick<JournalInsights, 'factors' | 'checkInDays' | 'checkInSpan'> {
  const rows = dailyRowsOf(input);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    factors: analyzeFactors(rows, input.ownFactors ?? [], { waterUnit: input.waterUnit }),
    checkInDays: rows.length,
    // The first and last check-in days the analysis used, so a report can say where its findings come from.
    checkInSpan: first && last ? { from: first.day, to: last.day } : null,
  };
}

/** The family of factors Insights tests and how many the days can carry (what Settings says). */
export function journalFactorFamily(input: AnalyzeInput): FactorFamily {
  return factorFamily(dailyRowsOf(input), input.ownFactors ?? [], { waterUnit: input.waterUnit });
}

function dailyRowsOf({ episodes, checkIns, timeZone, today, ownFactors = [] }: AnalyzeInput) {
  const live = episodes.filter((e) => e.deletedAt === null);
  return buildDailyTable({ episodes: live, checkIns, timeZone, today, ownFactors });
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

export type { FactorFamily, FactorInsight, Tier } from './insights';
export type { FactorKind, OwnFactorRef } from './factors';
export { DAYS_PER_FACTOR, testCapacity, type TestCapacity } from './capacity';
export type { NaturalCourse, RemedyRelief } from './remedies';
export type { TriggerCount } from './episodeTriggers';
