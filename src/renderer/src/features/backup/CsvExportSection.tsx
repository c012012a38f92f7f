import { useState } from 'react';
import { CSV_BOM, checkInsToCsv, episodesToCsv } from '@shared/csv';
import { calendarDayOf } from '@shared/dates';
import { TIME_ZONE } from '../../clock';
import { useCheckIns, useEpisodes } from '../../journal/JournalContext';
import { useOwnFactors } from '../../journal/hooks';
import { desktop } from '../../platform/desktop';

interface CsvExportSectionProps {
  onDone: (message: string) => void;
}

/** Episodes and check-ins as CSV files for a spreadsheet (format in docs/csv-format.md). */
export function CsvExportSection({ onDone }: CsvExportSectionProps) {
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const ownFactors = useOwnFactors();
  const [isSaving, setIsSaving] = useState(false);

  const save = async (kind: 'episodes' | 'check-ins') => {
    if (!episodes || !checkIns || !ownFactors) return;
    setIsSaving(true);
    try {
      const day = calendarDayOf(new Date().toISOString(), TIME_ZONE);
      const text =
        kind === 'episodes'
          ? episodesToCsv(episodes, TIME_ZONE)
          : checkInsToCsv(checkIns, ownFactors, TIME_ZONE);
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      const result = await desktop.saveFile(`upper-back-journal-${kind}-${day}.csv`, `${CSV_BOM}${text}`);
      if (result.saved) onDone(`Your ${kind} were saved to ${result.location}.`);
    } catch (error) {
      console.error('CSV export failed', error);
      onDone('The CSV file couldn’t be saved. Please try again.');
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section aria-labelledby="csv-export-title" className="measure">
      <h3 id="csv-export-title">Export as CSV</h3>
      <p>
        For a spreadsheet or another app: one file of episodes (with triggers and remedies) and one of daily
        check-ins. Empty cells mean “not recorded”.
      </p>
      <div className="actions">
        <button type="button" disabled={isSaving || !episodes} onClick={() => void save('episodes')}>
          Save episodes as CSV ({episodes?.length ?? 0})
        </button>
        <button type="button" disabled={isSaving || !checkIns} onClick={() => void save('check-ins')}>
          Save check-ins as CSV ({checkIns?.length ?? 0})
        </button>
      </div>
    </section>
  );
}
