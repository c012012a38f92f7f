/**
 * The desktop reminder schedule: which reminders to show now, as a pure function of the settings, the clock
 * and what was logged. The desktop asks every so often, shows what comes back and records when it showed
 * each kind (`lastShown`). Wording and due-rules agree with the journal's own notices (JournalNotices).
 *
 * All hours are local to `timeZone`.
 * - Quiet hours: nothing at all is shown while they are on (enabled; from `fromHour` up to `toHour`, across
 *   midnight when from > to; from === to means none). Nothing is recorded as shown either, so a reminder
 *   still due when they end is shown then: the check-in only while it is still the same day, since it is
 *   only ever due on its own day.
 * - check-in: enabled; the local hour is at or past `checkInPromptHour`; today has no check-in; and it was
 *   not already shown on today's local day.
 * - weekly-measures: enabled; at least one measure is due (PSFS when there is an activity not retired and
 *   isMeasureDue; PEG-3 when it has been taken before and isMeasureDue, as in the journal's notice); the
 *   "slot" is the most recent
 *   local (weekday, hour) at or before now, and it is shown when it was not shown at or after that slot.
 *   So it shows once a week, and if the computer was off at the slot it shows when next on that week.
 *   The slot and the last showing are compared as local calendar day and minute, so a daylight-saving
 *   change (a 23- or 25-hour day, an hour that never happens) cannot move or repeat it.
 * - posture-break: enabled; a stretch of computer use is under way and has lasted at least `afterMinutes`;
 *   and at least `afterMinutes` have passed since it was last shown. Within one long stretch it repeats
 *   every `afterMinutes`; a break ends the stretch, and the next one starts counting from zero.
 * - A `lastShown` value that is not a valid ISO instant counts as never shown.
 *
 * The notices are plain and kind: they never diagnose, never say a factor causes pain and name no drug.
 */
import {
  addCalendarDays,
  calendarDayOf,
  isIsoInstant,
  localDayAndMinute,
  weekdayOf,
  type CalendarDay,
} from '../dates';
import { REMINDER_KINDS, type ReminderKind, type ReminderNotice } from '../api';
import { isCheckInPromptDue } from '../scoring/checkInDay';
import type { ReminderPreferences } from '../settings';
import {
  CHECK_IN_NOTICE,
  WEEKLY_MEASURES_BODY,
  dueMeasureNames,
  weeklyMeasuresTitle,
  type LastMeasureDays,
} from './notices';
import { suggestedStretch } from './stretches';

export interface ReminderFacts {
  now: Date;
  /** IANA zone; all hours are local to it. */
  timeZone: string;
  /** settings.checkInPromptHour */
  checkInPromptHour: number;
  /** settings.reminders */
  reminders: ReminderPreferences;
  /** A check-in exists for today's local day. */
  hasCheckInToday: boolean;
  lastMeasureDay: LastMeasureDays;
  /** At least one PSFS activity is not retired. */
  hasPsfsActivities: boolean;
  /** Start of the current continuous computer use, or null (idle now, or not known). */
  deskStretchStartedAt: Date | null;
  /** ISO instants a reminder of that kind was last shown. */
  lastShown: Partial<Record<ReminderKind, string>>;
}

export interface DueReminder {
  kind: ReminderKind;
  notice: ReminderNotice;
}

const MS_PER_MINUTE = 60_000;

/** A local wall-clock time: calendar day and minute of the day. */
interface LocalTime {
  day: CalendarDay;
  minute: number;
}

/** True when `hour` (local, 0-23) falls in the quiet hours: from `fromHour` up to, not including, `toHour`. */
export function isQuietHour(quiet: ReminderPreferences['quietHours'], localHour: number): boolean {
  const { enabled, fromHour, toHour } = quiet;
  if (!enabled || fromHour === toHour) return false;
  return fromHour < toHour
    ? localHour >= fromHour && localHour < toHour
    : localHour >= fromHour || localHour < toHour;
}

/** The kinds this schedule decides; a follow-up is decided by src/shared/followUps/due.ts. */
export const SCHEDULED_REMINDER_KINDS = REMINDER_KINDS.filter(
  (kind): kind is Exclude<ReminderKind, 'follow-up'> => kind !== 'follow-up',
);

/** What to show now, in REMINDER_KINDS order. */
export function dueReminders(facts: ReminderFacts): DueReminder[] {
  if (Number.isNaN(facts.now.getTime())) return [];
  const local = localDayAndMinute(facts.now.toISOString(), facts.timeZone);
  if (isQuietHour(facts.reminders.quietHours, Math.floor(local.minute / 60))) return [];

  const notices: Record<ReminderKind, ReminderNotice | null> = {
    'check-in': checkInNotice(facts, local.day),
    'weekly-measures': weeklyMeasuresNotice(facts, local),
    'posture-break': postureBreakNotice(facts),
    // Follow-ups belong to an episode each; src/shared/followUps/due.ts decides when they are due.
    'follow-up': null,
  };
  return REMINDER_KINDS.flatMap((kind) => {
    const notice = notices[kind];
    return notice === null ? [] : [{ kind, notice }];
  });
}

function lastShownAt(facts: ReminderFacts, kind: ReminderKind): string | null {
  const shown = facts.lastShown[kind];
  return shown !== undefined && isIsoInstant(shown) ? shown : null;
}

function checkInNotice(facts: ReminderFacts, today: CalendarDay): ReminderNotice | null {
  const { now, timeZone, checkInPromptHour, hasCheckInToday } = facts;
  if (!facts.reminders.checkIn) return null;
  if (!isCheckInPromptDue(now, timeZone, checkInPromptHour, hasCheckInToday)) return null;
  const shown = lastShownAt(facts, 'check-in');
  if (shown !== null && calendarDayOf(shown, timeZone) === today) return null;
  return { kind: 'check-in', ...CHECK_IN_NOTICE };
}

function weeklyMeasuresNotice(facts: ReminderFacts, now: LocalTime): ReminderNotice | null {
  const { enabled, weekday, hour } = facts.reminders.weeklyMeasures;
  if (!enabled) return null;
  const dueNames = dueMeasureNames(facts.lastMeasureDay, facts.hasPsfsActivities, now.day);
  if (dueNames.length === 0) return null;

  const slot = weeklySlot(now, weekday, hour);
  const shown = lastShownAt(facts, 'weekly-measures');
  if (shown !== null && isAtOrAfter(localDayAndMinute(shown, facts.timeZone), slot)) return null;
  return { kind: 'weekly-measures', title: weeklyMeasuresTitle(dueNames), body: WEEKLY_MEASURES_BODY };
}

/** The most recent local (weekday, hour) at or before `now`; weekday 0 = Sunday. */
function weeklySlot(now: LocalTime, weekday: number, hour: number): LocalTime {
  const minute = hour * 60;
  let daysBack = (weekdayOf(now.day) - weekday + 7) % 7;
  if (daysBack === 0 && now.minute < minute) daysBack = 7;
  return { day: addCalendarDays(now.day, -daysBack), minute };
}

function isAtOrAfter(time: LocalTime, reference: LocalTime): boolean {
  return time.day > reference.day || (time.day === reference.day && time.minute >= reference.minute);
}

function postureBreakNotice(facts: ReminderFacts): ReminderNotice | null {
  const { enabled, afterMinutes } = facts.reminders.postureBreak;
  const startedAt = facts.deskStretchStartedAt;
  if (!enabled || startedAt === null) return null;
  const nowMs = facts.now.getTime();
  const minutesAtDesk = Math.floor((nowMs - startedAt.getTime()) / MS_PER_MINUTE);
  // NaN (an invalid start) fails this test too.
  if (!(minutesAtDesk >= afterMinutes)) return null;
  const shown = lastShownAt(facts, 'posture-break');
  if (shown !== null && nowMs - Date.parse(shown) < afterMinutes * MS_PER_MINUTE) return null;

  const stretch = suggestedStretch(facts.now);
  return {
    kind: 'posture-break',
    title: 'Time for a posture break',
    body:
      `You’ve been at the computer for ${durationInWords(minutesAtDesk)}. ` +
      `Stand up for a moment and try ${inSentence(stretch.label)}: ${stretch.description}`,
  };
}

/** "55 minutes", "1 hour", "1 hour 40 minutes", "2 hours 1 minute". */
export function durationInWords(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes > 0 || hours === 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** A catalog label inside a sentence: lower-case first letter, unless it starts with an acronym ("PSFS"). */
function inSentence(label: string): string {
  const firstWord = label.split(/[\s-]/)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
