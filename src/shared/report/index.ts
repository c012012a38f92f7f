/** The physiotherapist's report: its content, computed from the journal (no rendering). */
export { buildReport, withPersonalDetails } from './buildReport';
export type {
  PersonalDetails,
  ReportContent,
  ReportGoals,
  ReportJournal,
  ReportOptions,
} from './buildReport';
export { REPORT_SECTIONS, includedSections } from './sections';
export type { ReportSection, ReportSectionId } from './sections';
export { REPORT_DISCLAIMER, defaultReportRange, formatRangeWords, reportRangeProblem } from './header';
export type { ReportHeader } from './header';
export type { ReportRedFlag } from './redFlags';
export { describeReportPainChange } from './pain';
export type { ReportPain, ReportPainDay } from './pain';
export type {
  ReportFunction,
  ReportMeasure,
  ReportMeasurePoint,
  ReportPsfs,
  ReportPsfsActivity,
} from './functionMeasures';
export { TIMES_OF_DAY } from './pattern';
export type {
  ReportDuration,
  ReportPattern,
  ReportQuality,
  ReportRegion,
  ReportTimeOfDay,
  TimeOfDayId,
} from './pattern';
export { FACTORS_CAVEAT } from './factors';
export type { ReportFactor, ReportFactors } from './factors';
export type { ReportRemedies, ReportRemedy } from './remedies';
export type { ReportAverage, ReportContext, ReportWithdrawal, ReportWorkouts } from './context';
export { describeTrigger } from './appendix';
export type { ReportAppendix, ReportEpisodeRow, ReportRemedyUse } from './appendix';
export type { CheckInRow } from '../checkInDisplay';
export {
  cssString,
  pageRulesCss,
  paperSizeForLocale,
  reportFileName,
  RUNNING_HEADER_NAME_LENGTH,
  runningHeader,
} from './paper';
export type { PaperSize } from './paper';
export { NO_END_YET_HOURS, reportEpisodeEnd } from './episodeEnd';
export { reportChartEvents } from './pain';
export type { RatedDaysEachSide, ReportChartEvent } from './pain';
export {
  factorLines,
  factorsNoneSentence,
  helpedLines,
  helpedNoneSentence,
  measureFigure,
  pageOne,
  patternFigures,
  regionShares,
} from './summary';
export type { PageOne, RegionShare, SummaryFigure, SummaryLine } from './summary';
export {
  lastReportAfter,
  lastReportEndOf,
  lastReportSentence,
  nextReportRange,
  nextReportWords,
} from './lastReport';
export type { LastReport, ReportOutcome } from './lastReport';
export { keepTogether } from './keepTogether';
export { reliefFigure } from './remedies';
