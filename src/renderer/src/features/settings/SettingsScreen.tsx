import { useId } from 'react';
import { calendarDayOf } from '@shared/dates';
import type { Settings } from '@shared/settings';
import { TIME_ZONE, useNow } from '../../clock';
import { useSettings, useWithdrawalPeriods } from '../../journal/hooks';
import { useJournal } from '../../journal/JournalContext';
import { saveSettings } from '../../journal/settings';
import { BackupSection } from '../backup/BackupSection';
import { CsvExportSection } from '../backup/CsvExportSection';
import { CsvImportSection } from '../backup/CsvImportSection';
import { isDesktopApp } from '../../platform/desktop';
import { QuickLogShortcutSettings } from './QuickLogShortcutSettings';
import { ReminderSettings } from './ReminderSettings';
import { WithdrawalPeriodsEditor } from './WithdrawalPeriodsEditor';

interface SettingsScreenProps {
  onSaved: (message: string) => void;
  /** A backup command from the desktop menu to start with (see BackupSection). */
  startWith?: 'save-backup' | 'restore-backup';
}

export function SettingsScreen({ onSaved, startWith }: SettingsScreenProps) {
  const db = useJournal();
  const now = useNow();
  const settings = useSettings();
  const periods = useWithdrawalPeriods();
  const unitId = useId();
  if (!settings || !periods) return <p className="loading">Opening your settings…</p>;

  const change = (changes: Partial<Settings>, message: string) => {
    void saveSettings(db, changes).then(() => onSaved(message));
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <div className="field">
        <label htmlFor={unitId}>Count water in</label>
        <select
          id={unitId}
          value={settings.waterUnit}
          onChange={(event) =>
            change({ waterUnit: event.target.value === 'litres' ? 'litres' : 'glasses' }, 'Water unit saved.')
          }
        >
          <option value="glasses">Glasses (250 ml each)</option>
          <option value="litres">Litres</option>
        </select>
      </div>
      <ReminderSettings settings={settings} onSaved={onSaved} />
      {isDesktopApp && <QuickLogShortcutSettings settings={settings} onSaved={onSaved} />}
      <BackupSection onDone={onSaved} startWith={startWith} />
      <CsvImportSection onDone={onSaved} />
      <CsvExportSection onDone={onSaved} />
      <WithdrawalPeriodsEditor
        periods={periods}
        today={calendarDayOf(now.toISOString(), TIME_ZONE)}
        onSaved={onSaved}
      />
    </section>
  );
}
