/**
 * Runs the reminder schedule (src/shared/reminders/schedule.ts) once a minute in the journal window, and
 * shows what is due as a desktop notification, or inside the page where there are none.
 */
import { useEffect, useRef } from 'react';
import { REMINDER_KINDS, type ReminderKind } from '@shared/api';
import { calendarDayOf } from '@shared/dates';
import { dueReminders, type DueReminder } from '@shared/reminders/schedule';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useMeasures, usePsfsActivities, useSettings } from '../../journal/hooks';
import { desktop } from '../../platform/desktop';

/**
 * When each kind of reminder was last shown. Kept in this device's localStorage rather than the journal:
 * it is not part of the person's record, and losing it costs at most one repeated reminder.
 */
export const LAST_SHOWN_KEY = 'upper-back-journal.reminders.last-shown';

export type LastShown = Partial<Record<ReminderKind, string>>;

export function readLastShown(storage: Pick<Storage, 'getItem'>): LastShown {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(LAST_SHOWN_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const result: LastShown = {};
    for (const kind of REMINDER_KINDS) {
      const value: unknown = (parsed as Record<string, unknown>)[kind];
      if (typeof value === 'string') result[kind] = value;
    }
    return result;
  } catch {
    return {};
  }
}

export function writeLastShown(storage: Pick<Storage, 'setItem'>, lastShown: LastShown): void {
  try {
    storage.setItem(LAST_SHOWN_KEY, JSON.stringify(lastShown));
  } catch (error) {
    // Storage full or blocked: the reminder may come once more, which is better than not at all.
    console.error('Could not remember when a reminder was shown', error);
  }
}

/** `showInPage` is called for a due reminder the desktop could not show as a notification. */
export function useReminders(showInPage: (reminder: DueReminder) => void): void {
  const now = useNow();
  const settings = useSettings();
  const checkIns = useCheckIns();
  const measures = useMeasures();
  const activities = usePsfsActivities();
  const showInPageRef = useRef(showInPage);
  useEffect(() => {
    showInPageRef.current = showInPage;
  }, [showInPage]);

  useEffect(() => {
    if (!settings || !checkIns || !measures || !activities) return;
    let isCurrent = true;
    const check = async () => {
      const isPostureOn = settings.reminders.postureBreak.enabled;
      const stretchStart = isPostureOn ? await desktop.deskStretchStartedAt().catch(() => null) : null;
      if (!isCurrent) return;
      const at = new Date();
      const today = calendarDayOf(at.toISOString(), TIME_ZONE);
      const lastOf = (kind: 'psfs' | 'peg3') => measures.filter((m) => m.kind === kind).at(-1)?.day ?? null;
      const lastShown = readLastShown(localStorage);
      const due = dueReminders({
        now: at,
        timeZone: TIME_ZONE,
        checkInPromptHour: settings.checkInPromptHour,
        reminders: settings.reminders,
        hasCheckInToday: checkIns.some((c) => c.day === today),
        lastMeasureDay: { psfs: lastOf('psfs'), peg3: lastOf('peg3') },
        hasPsfsActivities: activities.some((a) => a.retiredAt === null),
        deskStretchStartedAt: stretchStart === null ? null : new Date(stretchStart),
        lastShown,
      });
      if (due.length === 0) return;
      // Written before showing, so a second check in the same minute cannot show it twice.
      const shownAt = at.toISOString();
      writeLastShown(localStorage, {
        ...lastShown,
        ...Object.fromEntries(due.map((r) => [r.kind, shownAt])),
      });
      for (const reminder of due) {
        const isShown = await desktop.showReminder(reminder.notice).catch(() => false);
        if (!isShown) showInPageRef.current(reminder);
      }
    };
    void check();
    return () => {
      isCurrent = false;
    };
  }, [now, settings, checkIns, measures, activities]);
}
