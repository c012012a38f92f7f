import { useEffect, useId, useState } from 'react';
import {
  TABLE_LABELS,
  previewImport,
  type BackupReading,
  type ImportMode,
  type ImportPreview,
} from '@shared/backup';
import { formatDayHeading } from '@shared/dates';
import { TIME_ZONE } from '../../clock';
import { existingKeys } from '../../journal/backup';
import { useJournal } from '../../journal/JournalContext';

type Readable = Extract<BackupReading, { status: 'readable' }>;

interface ImportPreviewPanelProps {
  reading: Readable;
  source: string;
  isWorking: boolean;
  onConfirm: (mode: ImportMode, preview: ImportPreview) => void;
  onCancel: () => void;
}

/** Problems shown in full up to this many; a file with more is summarised. */
const MAX_PROBLEMS_SHOWN = 50;

/** What an import would do, before anything is written. A file with problems can only be cancelled. */
export function ImportPreviewPanel({
  reading,
  source,
  isWorking,
  onConfirm,
  onCancel,
}: ImportPreviewPanelProps) {
  const db = useJournal();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const headingId = useId();

  useEffect(() => {
    let isCurrent = true;
    void existingKeys(db).then((keys) => {
      if (isCurrent) setPreview(previewImport(reading.tables, keys, TIME_ZONE));
    });
    return () => {
      isCurrent = false;
    };
  }, [db, reading]);

  const hasProblems = reading.problems.length > 0;
  const inJournal = preview?.tables.reduce((sum, t) => sum + t.inJournal, 0) ?? 0;

  return (
    <section className="notice import-preview" aria-labelledby={headingId} data-testid="import-preview">
      <h3 id={headingId}>Before anything is written: {source}</h3>
      <p>
        Saved on {formatDayHeading(reading.meta.exportedAt.slice(0, 10))} by version {reading.meta.appVersion}{' '}
        of the app.
        {reading.migratedFrom !== null && ' It was made by an older version and has been brought up to date.'}
      </p>
      {hasProblems ? (
        <>
          <p className="form-summary" role="alert">
            This file has {reading.problems.length} {reading.problems.length === 1 ? 'problem' : 'problems'},
            so nothing can be imported from it. Your journal has not been changed.
          </p>
          <ul className="problem-list" data-testid="import-problems">
            {reading.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => (
              <li key={`${problem.table}-${problem.row}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
          {reading.problems.length > MAX_PROBLEMS_SHOWN && (
            <p>…and {reading.problems.length - MAX_PROBLEMS_SHOWN} more.</p>
          )}
          <div className="actions">
            <button type="button" onClick={onCancel}>
              Close
            </button>
          </div>
        </>
      ) : preview === null ? (
        <p>Comparing with your journal…</p>
      ) : (
        <>
          <table className="data-table" data-testid="import-counts">
            <caption className="visually-hidden">What the file holds</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">In the file</th>
                <th scope="col">New</th>
                <th scope="col">Would update an entry you have</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables
                .filter((t) => t.inFile > 0)
                .map((t) => (
                  <tr key={t.table}>
                    <th scope="row">{TABLE_LABELS[t.table].many}</th>
                    <td>{t.inFile}</td>
                    <td>{t.added}</td>
                    <td>{t.updated}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <p data-testid="import-range">
            {preview.dateRange
              ? `Covers ${formatDayHeading(preview.dateRange.from)} to ${formatDayHeading(preview.dateRange.to)}.`
              : 'The file has no episodes or check-ins.'}
          </p>
          <fieldset>
            <legend>How to import</legend>
            <label className="radio">
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              Merge: add what is new and update entries that are in both (nothing is duplicated)
            </label>
            <label className="radio">
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              Replace: make the journal exactly this backup
            </label>
          </fieldset>
          {mode === 'replace' && inJournal > 0 && (
            <p>
              The {inJournal} {inJournal === 1 ? 'entry' : 'entries'} in your journal now will be replaced. A
              copy is kept first, so you can undo this.
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={isWorking}
              onClick={() => onConfirm(mode, preview)}
            >
              {mode === 'merge' ? `Merge ${preview.totalInFile} entries` : 'Replace my journal'}
            </button>
            <button type="button" className="quiet" onClick={onCancel} disabled={isWorking}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
