import { useEffect, useId, useRef, useState } from 'react';
import type { AutomaticBackupFile } from '@shared/api';
import {
  backupFileName,
  canImport,
  describeCounts,
  type BackupReading,
  type ImportMode,
  type TableName,
} from '@shared/backup';
import { looksLikeCsv } from '@shared/csv';
import { calendarDayOf, formatClockTime, formatDayHeading } from '@shared/dates';
import { TIME_ZONE } from '../../clock';
import { exportBackup } from '../../journal/backup';
import { useJournal } from '../../journal/JournalContext';
import { readBackupInWorker } from '../../journal/readBackupInWorker';
import {
  JournalChangedError,
  previewUndo,
  restoreBackup,
  undoLastRestore,
  type RestoreStage,
  type UndoPreview,
} from '../../journal/restore';
import { restorePoints, useRestorePoint } from '../../journal/restorePointStore';
import { describeSaveError } from '../../journal/saveErrors';
import { desktop } from '../../platform/desktop';
import { ImportPreviewPanel } from './ImportPreviewPanel';

interface BackupSectionProps {
  onDone: (message: string) => void;
  /**
   * Set when the person chose Save backup or Restore backup in the desktop menu: save straight away, or put
   * the focus on "Restore from a backup file…" so Enter opens the file picker (a page may not open a file
   * picker by itself, only on a key press or click).
   */
  startWith?: 'save-backup' | 'restore-backup';
  /** A CSV file was chosen as a backup and the person asked to import it as CSV instead. */
  onImportAsCsv?: (file: { name: string; text: string }) => void;
}

type Readable = Extract<BackupReading, { status: 'readable' }>;

const REASON_WORDS: Record<AutomaticBackupFile['reason'], string> = {
  start: 'when the app started',
  scheduled: 'while the app was open',
  'before-restore': 'before a restore',
  'first-entry-of-day': 'after the first entry of the day',
};

async function loadAutomaticBackups(): Promise<{
  files: AutomaticBackupFile[];
  location: string | null;
} | null> {
  if (!(await desktop.supportsAutomaticBackups())) return null;
  const [files, location] = await Promise.all([
    desktop.listAutomaticBackups(),
    desktop.automaticBackupsLocation(),
  ]);
  return { files, location };
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function undoneMessage(kept: Record<TableName, number>): string {
  const later = describeCounts(kept);
  return later === 'nothing'
    ? 'The last restore was undone: your journal is as it was before.'
    : `The last restore was undone. What you added or changed since it was kept: ${later}.`;
}

function UndoConfirmation({
  preview,
  isWorking,
  onConfirm,
  onCancel,
}: {
  preview: UndoPreview;
  isWorking: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const back = describeCounts(preview.reverted);
  const later = describeCounts(preview.kept);
  return (
    <div role="group" aria-labelledby={headingId} data-testid="undo-confirmation">
      <p id={headingId}>
        <strong>Undo the last restore?</strong>{' '}
        {back === 'nothing'
          ? 'Nothing in your journal is different from before the restore.'
          : `Going back to how they were before it: ${back}.`}
      </p>
      {preview.keepsNothingLater ? (
        <p>
          This restore was made by an earlier version of the app, which didn’t note what came after it, so
          anything you added or changed since will go too.
        </p>
      ) : later !== 'nothing' ? (
        <p>What you added or changed since the restore stays as it is: {later}.</p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm} disabled={isWorking}>
          Undo the restore
        </button>
        <button type="button" onClick={onCancel} disabled={isWorking}>
          Keep things as they are
        </button>
      </div>
    </div>
  );
}

export function BackupSection({ onDone, startWith, onImportAsCsv }: BackupSectionProps) {
  const db = useJournal();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const restorePoint = useRestorePoint();
  const fileInputId = useId();
  const [pending, setPending] = useState<{ reading: Readable; source: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A CSV chosen in Restore: not a broken backup, so it is pointed to the CSV import instead.
  const [csvChosen, setCsvChosen] = useState<{ name: string; text: string } | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  // Reading and checking a chosen file can take seconds on a large journal: say so meanwhile.
  const [isChecking, setIsChecking] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  // A restore of a big journal takes a while: the status line says which step it is on.
  const [restoreStage, setRestoreStage] = useState<RestoreStage | null>(null);
  const [undoPreview, setUndoPreview] = useState<UndoPreview | null>(null);
  const [automatic, setAutomatic] = useState<{
    files: AutomaticBackupFile[];
    location: string | null;
  } | null>(null);

  // Bumped after anything that may have written an automatic backup, to list them again.
  const [listVersion, setListVersion] = useState(0);
  const refreshAutomatic = () => setListVersion((v) => v + 1);

  useEffect(() => {
    let isCurrent = true;
    void loadAutomaticBackups().then((result) => {
      if (isCurrent) setAutomatic(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [listVersion]);

  const info = () => ({ appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() });

  const saveBackup = async () => {
    setIsWorking(true);
    setProgress(0);
    try {
      const text = await exportBackup(db, info(), setProgress);
      const today = calendarDayOf(new Date().toISOString(), TIME_ZONE);
      const result = await desktop.saveFile(backupFileName(today), text);
      if (result.saved) onDone(`Backup saved to ${result.location}.`);
    } catch (error) {
      console.error('Saving a backup failed', error);
      onDone('The backup couldn’t be saved. Please try again.');
    } finally {
      setIsWorking(false);
      setProgress(null);
    }
  };

  // Once, for the menu command this section was opened with.
  const startedWith = useRef(false);
  useEffect(() => {
    if (startedWith.current || startWith === undefined) return;
    startedWith.current = true;
    const input = fileInputRef.current;
    input?.closest('section')?.scrollIntoView({ block: 'start' });
    if (startWith === 'restore-backup') input?.focus();
    // After this render has settled, as if the person had pressed the button.
    else queueMicrotask(() => void saveBackup());
    // saveBackup reads only refs and setters that never change; run it for the command only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startWith]);

  const open = async (text: string, source: string) => {
    setCsvChosen(null);
    setIsWorking(true);
    const reading = await readBackupInWorker(text);
    setIsWorking(false);
    if (reading.status === 'refused') {
      setPending(null);
      setRefusal(reading.message);
      return;
    }
    setRefusal(null);
    setPending({ reading, source });
  };

  const confirm = async (mode: ImportMode) => {
    if (!pending || !canImport(pending.reading)) return;
    setIsWorking(true);
    try {
      const description = `${mode === 'merge' ? 'Merged' : 'Replaced with'} ${pending.source}`;
      const counts = await restoreBackup(
        { db, restorePoints, desktop, info: info() },
        pending.reading.tables,
        mode,
        description,
        setRestoreStage,
      );
      setPending(null);
      setUndoPreview(null);
      onDone(`${mode === 'merge' ? 'Merged' : 'Restored'}: ${describeCounts(counts)}.`);
      refreshAutomatic();
    } catch (error) {
      console.error('Restoring failed', error);
      setRefusal(
        error instanceof JournalChangedError
          ? `${error.message} Nothing was replaced, so nothing is lost: choose Replace again to restore.`
          : `${describeSaveError(error)} Your journal was not changed.`,
      );
    } finally {
      setIsWorking(false);
      setRestoreStage(null);
    }
  };

  // Undo asks first, saying what goes back and what stays.
  const askToUndo = async () => {
    setIsWorking(true);
    try {
      setUndoPreview(await previewUndo({ db, restorePoints }));
    } catch (error) {
      console.error('Preparing to undo a restore failed', error);
      onDone('The restore couldn’t be undone: the copy kept before it couldn’t be read.');
    } finally {
      setIsWorking(false);
    }
  };

  const undo = async () => {
    setIsWorking(true);
    try {
      const plan = await undoLastRestore({ db, restorePoints });
      if (plan) onDone(undoneMessage(plan.kept));
    } catch (error) {
      console.error('Undoing a restore failed', error);
      onDone('The restore couldn’t be undone. Your journal was not changed.');
    } finally {
      setIsWorking(false);
      setUndoPreview(null);
    }
  };

  return (
    <section aria-labelledby="backup-title" className="measure">
      <h3 id="backup-title">Backup</h3>
      <p>
        A backup is one file with everything in your journal. Keep one somewhere safe, such as a USB stick or
        your own cloud folder, and you can always get your entries back.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void saveBackup()} disabled={isWorking}>
          Save backup
        </button>
        <input
          ref={fileInputRef}
          id={fileInputId}
          className="visually-hidden"
          type="file"
          // CSV too, so a person who picks their export here is led to the CSV import (not told off)
          accept=".json,application/json,.csv,text/csv"
          disabled={isWorking}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setIsChecking(true);
            file
              .text()
              .then((text) => {
                if (onImportAsCsv && looksLikeCsv(text)) {
                  setPending(null);
                  setRefusal(null);
                  setCsvChosen({ name: file.name, text });
                  return;
                }
                return open(text, `the backup file “${file.name}”`);
              })
              .catch((error: unknown) => {
                console.error('Reading a backup file failed', error);
                setIsWorking(false);
                setPending(null);
                setRefusal('That file couldn’t be read. Your journal was not changed.');
              })
              .finally(() => setIsChecking(false));
          }}
        />
        <label htmlFor={fileInputId} className="button-like">
          Restore from a backup file…
        </label>
      </div>
      {isChecking && <p role="status">Checking the backup file…</p>}
      {restoreStage !== null && (
        <p aria-live="polite" data-testid="restore-progress">
          {restoreStage.step === 'keeping-copy' ? (
            <>
              Keeping a copy of your journal as it is now, so you can undo this…{' '}
              <progress max={1} value={restoreStage.fraction} aria-label="Restore progress" />
            </>
          ) : (
            <>
              Writing the backup into your journal. A big journal can take a little while…{' '}
              <progress aria-label="Restore progress" />
            </>
          )}
        </p>
      )}
      {progress !== null && (
        <p role="status">
          Preparing the backup… <progress max={1} value={progress} aria-label="Backup progress" />
        </p>
      )}
      {refusal && (
        <p className="form-summary" role="alert" data-testid="import-refusal">
          {refusal}
        </p>
      )}
      {csvChosen && (
        <div className="notice" data-testid="restore-csv">
          <p role="alert">
            “{csvChosen.name}” is a CSV file, not a backup, so there is nothing in it to restore. Your journal
            was not changed. Its episodes can be brought in with the CSV import instead, where you check them
            before anything is saved.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              onImportAsCsv?.(csvChosen);
              setCsvChosen(null);
            }}
          >
            Import it as CSV
          </button>
        </div>
      )}
      {pending && (
        <ImportPreviewPanel
          reading={pending.reading}
          source={pending.source}
          isWorking={isWorking}
          onConfirm={(mode) => void confirm(mode)}
          onCancel={() => setPending(null)}
        />
      )}
      {restorePoint && (
        <div className="notice" data-testid="restore-point">
          <p>
            {restorePoint.description} on {formatDayHeading(calendarDayOf(restorePoint.createdAt, TIME_ZONE))}{' '}
            at {formatClockTime(restorePoint.createdAt, { timeZone: TIME_ZONE })}. Your journal as it was
            before is kept.
          </p>
          {undoPreview === null ? (
            <button type="button" onClick={() => void askToUndo()} disabled={isWorking}>
              Undo the last restore…
            </button>
          ) : (
            <UndoConfirmation
              preview={undoPreview}
              isWorking={isWorking}
              onConfirm={() => void undo()}
              onCancel={() => setUndoPreview(null)}
            />
          )}
        </div>
      )}
      <h4>Automatic backups</h4>
      {automatic === null ? (
        <p data-testid="automatic-backups-browser">
          Automatic backups need the desktop app, because a web page isn’t allowed to write files to your
          computer on its own. In the browser, use “Save backup” now and then.
        </p>
      ) : (
        <>
          <p>
            The desktop app saves a backup when it starts, every few hours while it is open, after your first
            entry of the day and before every restore. It keeps several from today and one a day for 30 days,
            in <code>{automatic.location}</code>.
          </p>
          {automatic.files.length === 0 ? (
            <p>No automatic backups yet.</p>
          ) : (
            <ul className="period-list">
              {automatic.files.map((file) => (
                <li key={file.name}>
                  <span>
                    {formatDayHeading(calendarDayOf(file.createdAt, TIME_ZONE))},{' '}
                    {formatClockTime(file.createdAt, { timeZone: TIME_ZONE })} ({REASON_WORDS[file.reason]},{' '}
                    {sizeText(file.sizeBytes)})
                  </span>
                  <button
                    type="button"
                    disabled={isWorking}
                    onClick={() =>
                      void desktop
                        .readAutomaticBackup(file.name)
                        .then((text) => open(text, 'the automatic backup'))
                        .catch(() => setRefusal('That backup file couldn’t be read.'))
                    }
                  >
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
