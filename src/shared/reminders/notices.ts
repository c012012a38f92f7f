/**
 * What the journal says when a check-in or weekly measure is due, and which measures are due: one source
 * for the Journal screen's notices and the desktop reminders, so the two never disagree.
 */
import type { CalendarDay } from '../dates';
import type { Measure } from '../measures';
import { isMeasureDue } from '../scoring/due';

export const CHECK_IN_NOTICE = {
  title: 'How was today?',
  body: 'Today’s check-in is still empty. It takes about a minute, pain or no pain.',
} as const;

export const WEEKLY_MEASURES_BODY =
  'A few questions that show you and your physiotherapist how things are changing.';

export type MeasureName = 'PSFS' | 'PEG-3';

export interface LastMeasureDays {
  psfs: CalendarDay | null;
  peg3: CalendarDay | null;
}

/** The day each measure was last taken, from the measures in day order (as listMeasures gives them). */
export function lastMeasureDays(measures: readonly Measure[]): LastMeasureDays {
  const lastOf = (kind: Measure['kind']) => measures.filter((m) => m.kind === kind).at(-1)?.day ?? null;
  return { psfs: lastOf('psfs'), peg3: lastOf('peg3') };
}

/**
 * The weekly measures due today: PSFS once the person has activities to rate; PEG-3 once it has been taken
 * (a new journal is not nagged about a measure the person has not chosen to use).
 */
export function dueMeasureNames(
  last: LastMeasureDays,
  hasPsfsActivities: boolean,
  today: CalendarDay,
): MeasureName[] {
  const names: MeasureName[] = [];
  if (hasPsfsActivities && isMeasureDue(last.psfs, today)) names.push('PSFS');
  if (last.peg3 !== null && isMeasureDue(last.peg3, today)) names.push('PEG-3');
  return names;
}

/** "Your weekly PSFS is due", "Your weekly PSFS and PEG-3 are due". */
export function weeklyMeasuresTitle(names: readonly MeasureName[]): string {
  return `Your weekly ${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} due`;
}
