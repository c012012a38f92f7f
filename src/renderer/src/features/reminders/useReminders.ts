/**
 * Runs the reminder schedule (src/shared/reminders/schedule.ts) once a minute in the journal window, and
 * shows what is due as a desktop notification, or inside the page where there are none.
 */
import { useEffect, useRef } from 'react';
import { calendarDayOf } from '@shared/dates';
import { lastMeasureDays } from '@shared/reminders/notices';
import { dueReminders, type DueReminder } from '@shared/reminders/schedule';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useMeasures, usePsfsActivities, useSettings } from '../../journal/hooks';
import { desktop } from '../../platform/desktop';
import { readLastShown, writeLastShown } from './lastShown';

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
      const lastShown = readLastShown(localStorage);
      const due = dueReminders({
        now: at,
        timeZone: TIME_ZONE,
        checkInPromptHour: settings.checkInPromptHour,
        reminders: settings.reminders,
        hasCheckInToday: checkIns.some((c) => c.day === today),
        lastMeasureDay: lastMeasureDays(measures),
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

/**
 * Runs the reminders without re-rendering its parent: the schedule's minute clock and live reads stay in
 * this empty component, so the open screen is not redrawn every minute.
 */
export function ReminderRunner({ showInPage }: { showInPage: (reminder: DueReminder) => void }): null {
  useReminders(showInPage);
  return null;
}
