import type { NotificationConstructorOptions } from 'electron';
import type { ReminderKind, ReminderNotice } from '@shared/api';

/** The parts of an Electron Notification used here, so tests can pass a small fake. */
export interface ReminderNotificationLike {
  // One overload per event, so tsc checks each against Electron's own typing for that event.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  show(): void;
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
  log: (message: string, details?: unknown) => void;
}

export interface ReminderNotifier {
  /** Shows the reminder; false where notifications are not available or it could not be shown. */
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
 */
export function createReminderNotifier<N extends ReminderNotificationLike>(
  deps: ReminderNotifierDeps<N>,
): ReminderNotifier {
  const kept = new Set<N>();

  return {
    show(notice) {
      if (!deps.Notification.isSupported()) return false;
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
      const forget = (): void => {
        kept.delete(notification);
      };
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
        deps.log('A reminder could not be shown', error);
      });
      kept.add(notification);
      for (const oldest of kept) {
        if (kept.size <= MAX_KEPT) break;
        kept.delete(oldest);
      }
      try {
        notification.show();
        return true;
      } catch (error) {
        forget();
        deps.log('Could not show a reminder', error);
        return false;
      }
    },
    waitingCount: () => kept.size,
  };
}
