import { useState } from 'react';
import type { Settings } from '@shared/settings';
import { useJournal } from '../../journal/JournalContext';
import { saveSettings } from '../../journal/settings';

/**
 * Saves settings changes and shows them at once. The saved settings come back through a live read a moment
 * later; until then a checkbox bound to them would snap back, so the change is shown on top of the
 * settings it was made from, and dropped as soon as newer settings arrive (or the save fails).
 */
export function useSettingsChange(
  settings: Settings,
  onSaved: (message: string) => void,
): { shown: Settings; change: (changes: Partial<Settings>, message: string, failure: string) => void } {
  const db = useJournal();
  const [pending, setPending] = useState<{ base: Settings; changes: Partial<Settings> } | null>(null);
  const shown =
    pending !== null && pending.base === settings ? { ...settings, ...pending.changes } : settings;

  const change = (changes: Partial<Settings>, message: string, failure: string) => {
    setPending((current) => ({
      base: settings,
      changes: { ...(current?.base === settings ? current.changes : {}), ...changes },
    }));
    void saveSettings(db, changes).then(
      () => onSaved(message),
      (error: unknown) => {
        console.error('Saving settings failed', error);
        setPending(null);
        onSaved(failure);
      },
    );
  };
  return { shown, change };
}
