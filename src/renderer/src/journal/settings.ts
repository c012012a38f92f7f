/** The person's preferences and withdrawal periods. */
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@shared/settings';
import { withdrawalPeriodSchema, type WithdrawalPeriod } from '@shared/withdrawal';
import { SETTINGS_ROW_ID, type JournalDatabase } from '../db/database';

/** The saved settings, with defaults for anything never set. */
export async function getSettings(db: JournalDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ROW_ID);
  const { id: _id, ...saved } = row ?? { id: SETTINGS_ROW_ID };
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...saved });
}

export async function saveSettings(db: JournalDatabase, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const settings = settingsSchema.parse({ ...(await getSettings(db)), ...changes });
    await db.settings.put({ ...settings, id: SETTINGS_ROW_ID });
    return settings;
  });
}

export async function saveWithdrawalPeriod(
  db: JournalDatabase,
  period: WithdrawalPeriod,
): Promise<WithdrawalPeriod> {
  const valid = withdrawalPeriodSchema.parse(period);
  await db.withdrawalPeriods.put(valid);
  return valid;
}

export async function deleteWithdrawalPeriod(db: JournalDatabase, id: string): Promise<void> {
  await db.withdrawalPeriods.delete(id);
}

/** Withdrawal periods, most recent quit day first. */
export async function listWithdrawalPeriods(db: JournalDatabase): Promise<WithdrawalPeriod[]> {
  return db.withdrawalPeriods.orderBy('quitDay').reverse().toArray();
}
