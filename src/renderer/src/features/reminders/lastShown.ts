import { REMINDER_KINDS, type ReminderKind } from '@shared/api';
import { isRecord } from '@shared/isRecord';

/**
 * When each kind of reminder was last shown. Kept in this device's localStorage rather than the journal:
 * it is not part of the person's record, and losing it costs at most one repeated reminder.
 */
export const LAST_SHOWN_KEY = 'upper-back-journal.reminders.last-shown';

export type LastShown = Partial<Record<ReminderKind, string>>;

export function readLastShown(storage: Pick<Storage, 'getItem'>): LastShown {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(LAST_SHOWN_KEY) ?? '{}');
    if (!isRecord(parsed)) return {};
    const result: LastShown = {};
    for (const kind of REMINDER_KINDS) {
      const value = parsed[kind];
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
