/**
 * The reads of the person's preferences and withdrawal periods, without the schemas (the saves, which
 * check with them, are in settings.ts): what the journal's first screen needs.
 */
import type { Settings } from '@shared/settings';
import { settingsWithDefaults } from '@shared/settingsDefaults';
import type { WithdrawalPeriod } from '@shared/withdrawal';
import { SETTINGS_ROW_ID, type JournalDatabase } from '../db/database';

/**
 * The saved settings, with defaults for anything never set. Every stored row was checked by
 * settingsSchema when it was saved (or by the backup's schema when it was restored), so this read fills
 * in the defaults the schema would, without loading it.
 */
export async function getSettings(db: JournalDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ROW_ID);
  if (!row) return settingsWithDefaults({});
  const { id: _id, ...saved } = row;
  return settingsWithDefaults(saved);
}

/** Withdrawal periods, most recent quit day first. */
export async function listWithdrawalPeriods(db: JournalDatabase): Promise<WithdrawalPeriod[]> {
  return db.withdrawalPeriods.orderBy('quitDay').reverse().toArray();
}
