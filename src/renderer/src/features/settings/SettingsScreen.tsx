import { useId, useRef } from 'react';
import { calendarDayOf } from '@shared/dates';
import type { Settings } from '@shared/settings';
import { TIME_ZONE, useNow } from '../../clock';
import { useSettings, useWithdrawalPeriods } from '../../journal/hooks';
import { BackupSection } from '../backup/BackupSection';
import { CsvExportSection } from '../backup/CsvExportSection';
import { CsvImportSection, type CsvImportHandle } from '../backup/CsvImportSection';
import { isDesktopApp } from '../../platform/desktop';
import { OwnFactorsSection } from './OwnFactorsSection';
import { QuickLogShortcutSettings } from './QuickLogShortcutSettings';
import { ReminderSettings } from './ReminderSettings';
import { useSettingsChange } from './useSettingsChange';
import { WithdrawalPeriodsEditor } from './WithdrawalPeriodsEditor';

interface SettingsScreenProps {
  onSaved: (message: string) => void;
  /** A backup command from the desktop menu to start with (see BackupSection). */
  startWith?: 'save-backup' | 'restore-backup';
}

export function SettingsScreen({ onSaved, startWith }: SettingsScreenProps) {
  const now = useNow();
  const settings = useSettings();
  const periods = useWithdrawalPeriods();
  // A CSV file chosen in Restore is passed on to the CSV import when the person asks.
  const csvImport = useRef<CsvImportHandle>(null);
  if (!settings || !periods) return <p className="loading">Opening your settings…</p>;

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <WaterUnitSetting settings={settings} onSaved={onSaved} />
      <ReminderSettings settings={settings} onSaved={onSaved} />
      {isDesktopApp && <QuickLogShortcutSettings settings={settings} onSaved={onSaved} />}
      <OwnFactorsSection onSaved={onSaved} />
      <BackupSection
        onDone={onSaved}
        startWith={startWith}
        onImportAsCsv={(file) => csvImport.current?.importFile(file.name, file.text)}
      />
      <CsvImportSection onDone={onSaved} ref={csvImport} />
      <CsvExportSection onDone={onSaved} />
      <WithdrawalPeriodsEditor
        periods={periods}
        today={calendarDayOf(now.toISOString(), TIME_ZONE)}
        onSaved={onSaved}
      />
    </section>
  );
}

function WaterUnitSetting({ settings, onSaved }: { settings: Settings; onSaved: (message: string) => void }) {
  const unitId = useId();
  const { shown, change } = useSettingsChange(settings, onSaved);
  return (
    <div className="field">
      <label htmlFor={unitId}>Count water in</label>
      <select
        id={unitId}
        value={shown.waterUnit}
        onChange={(event) =>
          change(
            { waterUnit: event.target.value === 'litres' ? 'litres' : 'glasses' },
            'Water unit saved.',
            'The water unit couldn’t be saved. Please try again.',
          )
        }
      >
        <option value="glasses">Glasses (250 ml each)</option>
        <option value="litres">Litres</option>
      </select>
    </div>
  );
}
