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
import { WithdrawalPeriodsEditor } from './WithdrawalPeriodsEditor';

interface SettingsScreenProps {
  onSaved: (message: string) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function SettingsScreen({ onSaved }: SettingsScreenProps) {
  const db = useJournal();
  const now = useNow();
  const settings = useSettings();
  const periods = useWithdrawalPeriods();
  const unitId = useId();
  const hourId = useId();
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
      <div className="field">
        <label htmlFor={hourId}>Remind me about a missing check-in from</label>
        <select
          id={hourId}
          value={settings.checkInPromptHour}
          onChange={(event) =>
            change({ checkInPromptHour: Number(event.target.value) }, 'Reminder time saved.')
          }
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, '0')}:00
            </option>
          ))}
        </select>
      </div>
      <BackupSection onDone={onSaved} />
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
