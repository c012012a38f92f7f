import type { NotificationConstructorOptions } from 'electron';
import type { ReminderKind, ReminderNotice } from '@shared/api';

/** The parts of an Electron Notification used here, so tests can pass a small fake. */
export interface ReminderNotificationLike {
  // One overload per event, so tsc checks each against Electron's own typing for that event.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  on(event: 'show', listener: () => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  show(): void;
  close(): void;
}

/** Electron's Notification class: a constructor with the static isSupported(). */
export interface NotificationClassLike<N extends ReminderNotificationLike> {
  new (options: NotificationConstructorOptions): N;
  isSupported(): boolean;
}

export interface ReminderNotifierDeps<N extends ReminderNotificationLike> {
  Notification: NotificationClassLike<N>;
  icon?: string;
  /** Opens the form for the reminder's kind. */
  onClick: (kind: ReminderKind) => void;
  /** Hands a reminder the system did not show to the journal window, to show inside its page. */
  onNotShown: (notice: ReminderNotice) => void;
  /**
   * How long to wait for the system to say it showed a reminder ('show') before taking it as not shown;
   * undefined to not wait. Set on macOS, where an unsigned or ad-hoc signed app's notifications may vanish
   * with no 'failed' event at all.
   */
  showTimeoutMs?: number;
  log: (message: string, details?: unknown) => void;
}

export interface ReminderNotifier {
  /**
   * Shows the reminder; false where notifications are not available, it could not be shown, or one was not
   * delivered earlier this session (the page then shows it itself).
   */
  show(notice: ReminderNotice): boolean;
  /** How many shown reminders are still kept, waiting for a click or to go away. */
  waitingCount(): number;
}

/**
 * Enough for a day of reminders that nobody clicked. Windows does not always report a toast that went away,
 * so without a cap the kept notifications would only grow.
 */
const MAX_KEPT = 50;

/**
 * Shows reminders as desktop notifications. Each is kept referenced until it is clicked, closed or fails:
 * Electron drops the click handler of a notification that was garbage-collected, and the click would do nothing.
 *
 * show() succeeding is not the reminder reaching the person: macOS delivers notifications only to signed
 * apps, and otherwise reports 'failed' or nothing at all. A reminder that failed, or was not shown in time,
 * goes to the journal window instead (onNotShown), and the rest of the session's reminders are answered
 * false at once, so the page shows them itself rather than losing them.
 */
export function createReminderNotifier<N extends ReminderNotificationLike>(
  deps: ReminderNotifierDeps<N>,
): ReminderNotifier {
  const kept = new Set<N>();
  let isDeliveryFailing = false;

  return {
    show(notice) {
      if (isDeliveryFailing || !deps.Notification.isSupported()) return false;
      let notification: N;
      try {
        notification = new deps.Notification({
          title: notice.title,
          body: notice.body,
          // A reminder the person asked for should be noticed.
          silent: false,
          ...(deps.icon === undefined ? {} : { icon: deps.icon }),
        });
      } catch (error) {
        deps.log('Could not show a reminder', error);
        return false;
      }
      // Settled once the system said it showed the reminder, or once it was handed to the page: never both.
      let isSettled = false;
      let waitForShow: ReturnType<typeof setTimeout> | undefined;
      const forget = (): void => {
        kept.delete(notification);
      };
      const settle = (): void => {
        isSettled = true;
        if (waitForShow !== undefined) clearTimeout(waitForShow);
        waitForShow = undefined;
      };
      const notShown = (message: string, details?: unknown): void => {
        if (isSettled) return;
        settle();
        forget();
        isDeliveryFailing = true;
        deps.log(message, details);
        try {
          deps.onNotShown(notice);
        } catch (error) {
          deps.log('Could not hand a reminder to the journal window', error);
        }
      };
      notification.on('show', settle);
      notification.on('click', () => {
        forget();
        // Electron calls this outside any try/catch: an error escaping it would be an uncaught exception.
        try {
          deps.onClick(notice.kind);
        } catch (error) {
          deps.log('Could not open the form for a reminder', error);
        }
      });
      notification.on('close', forget);
      notification.on('failed', (_event, error) => {
        forget();
        notShown('A reminder could not be shown', error);
      });
      kept.add(notification);
      for (const oldest of kept) {
        if (kept.size <= MAX_KEPT) break;
        kept.delete(oldest);
      }
      try {
        notification.show();
      } catch (error) {
        settle();
        forget();
        deps.log('Could not show a reminder', error);
        return false;
      }
      if (deps.showTimeoutMs !== undefined && !isSettled) {
        waitForShow = setTimeout(() => {
          notShown('A reminder was not shown in time');
          // Should it still appear late, it would say the same as the page.
          try {
            notification.close();
          } catch (error) {
            deps.log('Could not close a reminder', error);
          }
        }, deps.showTimeoutMs);
      }
      return true;
    },
    waitingCount: () => kept.size,
  };
}
