/**
 * The person's preferences and withdrawal periods: the saves, each checked against its schema. The
 * reads are in settingsReads.ts, which the journal's first screen loads without the schemas.
 */
import { settingsSchema, type Settings } from '@shared/settings';
import { withdrawalPeriodSchema, type WithdrawalPeriod } from '@shared/withdrawal';
import { SETTINGS_ROW_ID, type JournalDatabase } from '../db/database';
import { getSettings } from './settingsReads';

export * from './settingsReads';

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
