/**
 * Everything the physiotherapist's report prints, from the journal and the options the person chose:
 * numbers and short plain sentences only, laid out and printed by the renderer. Pure and deterministic:
 * "now" and the time zone are passed in, and the same input always gives the same report.
 */
import type { OwnFactor } from '../ownFactors';
import type { CheckIn } from '../checkIns';
import type { CalendarDay } from '../dates';
import type { Measure, PsfsActivity } from '../measures';
import type { Episode } from '../model';
import type { WaterUnit } from '../scoring/water';
import { DEFAULT_SETTINGS } from '../settings';
import type { DayRange } from '../trends/range';
import type { WithdrawalPeriod } from '../withdrawal';
import { reportAppendix, type ReportAppendix } from './appendix';
import type { KnownFactors } from './factors';
import { reportContext, type ReportContext } from './context';
import { reportFactors, type ReportFactors } from './factors';
import { reportFunction, type ReportFunction } from './functionMeasures';
import { buildHeader, type ReportHeader } from './header';
import { reportPain, type ReportPain } from './pain';
import { reportPattern, type ReportPattern } from './pattern';
import type { SevereStreak } from '../scoring/automaticFlags';
import { reportRedFlags, severeStreaksInRange, type ReportRedFlag } from './redFlags';
import { reportRemedies, type ReportRemedies } from './remedies';
import { includedSections, type ReportSectionId } from './sections';

export interface ReportJournal {
  /** Deleted episodes (deletedAt set) may be included: they count nowhere. */
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  measures: readonly Measure[];
  withdrawalPeriods: readonly WithdrawalPeriod[];
  /** The PSFS activities, to name them in the per-activity change; without them the names are null. */
  psfsActivities?: readonly Pick<PsfsActivity, 'id' | 'name'>[];
  /** Every own factor ever created (archived too), for the factors and context sections. */
  ownFactors?: readonly OwnFactor[];
  /**
   * The app's Insights answer, worked out up to `to` with the same own factors and water unit: a report
   * ending that day quotes it rather than running the analysis again.
   */
  knownFactors?: KnownFactors;
}

export interface ReportOptions {
  /** Local calendar days, both included ("yyyy-MM-dd"); a backwards range is put in order. */
  range: { from: CalendarDay; to: CalendarDay };
  patientName: string;
  clinicianName: string;
  goals: string;
  questions: string;
  /** Which sections to include; warning signs are always included, whatever this says. */
  sections: readonly ReportSectionId[];
  timeZone: string;
  /** The person's locale, for clock times ("03:00" or "3:00 AM"); the runtime's when not given. */
  locale?: string;
  now: Date;
  /** How water is shown in the check-in log; the app's default (glasses) when not given. */
  waterUnit?: WaterUnit;
}

export interface ReportGoals {
  /** The person's text, trimmed; null when empty. */
  goals: string | null;
  questions: string | null;
}

export interface ReportContent {
  header: ReportHeader;
  /** The sections included, in report order (always with 'redFlags'). */
  sections: ReportSectionId[];
  /** Always present; empty when none were recorded in the range. */
  redFlags: ReportRedFlag[];
  /** Always present: runs of 3+ days in a row at 8 or more out of 10 that overlap the range. */
  severeStreaks: SevereStreak[];
  /** Each of the rest is null when its section is not included. */
  pain: ReportPain | null;
  function: ReportFunction | null;
  pattern: ReportPattern | null;
  factors: ReportFactors | null;
  remedies: ReportRemedies | null;
  context: ReportContext | null;
  goals: ReportGoals | null;
  appendix: ReportAppendix | null;
}

function ordered(range: DayRange): DayRange {
  return range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from };
}

function trimmedOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function buildReport(journal: ReportJournal, options: ReportOptions): ReportContent {
  return withPersonalDetails(reportFromJournal(journal, options), options);
}

/** Everything worked out from the journal: the costly part, which the words the person types never change. */
function reportFromJournal(journal: ReportJournal, options: ReportOptions): ReportContent {
  const range = ordered(options.range);
  const { timeZone, now } = options;
  const { episodes, checkIns } = journal;
  const sections = includedSections(options.sections);
  const section = <T>(id: ReportSectionId, build: () => T): T | null =>
    sections.includes(id) ? build() : null;
  return {
    header: buildHeader({
      range,
      patientName: options.patientName,
      clinicianName: options.clinicianName,
      timeZone,
      now,
    }),
    sections,
    redFlags: reportRedFlags(episodes, range, timeZone),
    severeStreaks: severeStreaksInRange(episodes, checkIns, range, timeZone),
    pain: section('pain', () =>
      reportPain({ episodes, checkIns, range, timeZone, now, withdrawalPeriods: journal.withdrawalPeriods }),
    ),
    function: section('function', () =>
      reportFunction({ measures: journal.measures, psfsActivities: journal.psfsActivities ?? [], range }),
    ),
    pattern: section('pattern', () => reportPattern(episodes, range, timeZone)),
    factors: section('factors', () =>
      reportFactors({
        episodes,
        checkIns,
        range,
        timeZone,
        ownFactors: journal.ownFactors ?? [],
        waterUnit: options.waterUnit ?? DEFAULT_SETTINGS.waterUnit,
        ...(journal.knownFactors ? { known: journal.knownFactors } : {}),
      }),
    ),
    remedies: section('remedies', () => reportRemedies(episodes, range, timeZone)),
    context: section('context', () =>
      reportContext({
        episodes,
        checkIns,
        withdrawalPeriods: journal.withdrawalPeriods,
        range,
        timeZone,
        ownFactors: journal.ownFactors ?? [],
      }),
    ),
    goals: null,
    appendix: section('appendix', () =>
      reportAppendix({
        episodes,
        checkIns,
        range,
        timeZone,
        now,
        locale: options.locale,
        waterUnit: options.waterUnit ?? DEFAULT_SETTINGS.waterUnit,
      }),
    ),
  };
}

/** What the person types for the report: names, goals and questions. */
export type PersonalDetails = Pick<ReportOptions, 'patientName' | 'clinicianName' | 'goals' | 'questions'>;

/**
 * The report with these names, goals and questions, and nothing else recomputed: the report screen calls
 * it on every key, so typing a name doesn't run the analysis again. buildReport ends with it too, so the
 * two always agree.
 */
export function withPersonalDetails(report: ReportContent, details: PersonalDetails): ReportContent {
  return {
    ...report,
    header: {
      ...report.header,
      patientName: details.patientName.trim(),
      clinicianName: details.clinicianName.trim(),
    },
    goals: report.sections.includes('goals')
      ? { goals: trimmedOrNull(details.goals), questions: trimmedOrNull(details.questions) }
      : null,
  };
}
