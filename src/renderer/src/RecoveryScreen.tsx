import { useId, useState } from 'react';
import { calendarDayOf } from '@shared/dates';
import { TIME_ZONE } from './clock';
import { JOURNAL_DB_NAME } from './db/database';
import { isSwapPending } from './journal/journalSwap';
import { replaceWithBackup, saveWhatCanBeRead } from './journal/recovery';
import { desktop } from './platform/desktop';

interface RecoveryScreenProps {
  reason: string;
}

function info() {
  return { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() };
}

function today(): string {
  return calendarDayOf(new Date().toISOString(), TIME_ZONE);
}

/**
 * Shown when the journal database cannot be opened. Nothing is deleted on its own: the person can save
 * what can be read, and only after that replace the journal with a backup.
 */
export function RecoveryScreen({ reason }: RecoveryScreenProps) {
  const fileInputId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);

  const run = async (job: () => Promise<void>) => {
    setIsWorking(true);
    try {
      await job();
    } catch (error) {
      console.error('Recovery step failed', error);
      const what = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
      // Only say nothing changed when that is so: once the backup is stored, the swap is under way.
      setMessage(
        (await isSwapPending(JOURNAL_DB_NAME).catch(() => true))
          ? `That didn’t finish: ${what}. Your backup is stored safely and will be put in place when you choose Try again or next open the app.`
          : `That didn’t work: ${what}. Nothing was changed.`,
      );
    } finally {
      setIsWorking(false);
    }
  };

  const saveCopy = () =>
    run(async () => {
      const saved = await saveWhatCanBeRead(JOURNAL_DB_NAME, desktop, info(), today());
      setMessage(
        saved ? 'Saved: a file with everything that could be read from your journal.' : 'Nothing was saved.',
      );
    });

  const restore = (text: string) =>
    run(async () => {
      const result = await replaceWithBackup(JOURNAL_DB_NAME, text, desktop, info(), today(), () =>
        setMessage(
          'Your journal is open in another window. Close the journal’s other windows: your backup is stored safely and will replace the journal as soon as they are closed.',
        ),
      );
      if (result.status === 'done') window.location.reload();
      else if (result.status === 'cancelled')
        setMessage('Nothing was changed: the copy of your current journal has to be saved first.');
      else setMessage(result.message);
    });

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Your journal couldn’t be opened</h1>
      <p>
        Something stopped the app from reading your journal. Your entries have <strong>not</strong> been
        deleted: they are still stored on this computer, untouched.
      </p>
      <h2>What you can do</h2>
      <ul>
        <li>Close the app and open it again. A one-off problem often clears this way.</li>
        <li>
          If you recently used a newer version of the app, open that version again: it may have updated the
          journal in a way this version can’t read.
        </li>
        <li>
          Save a copy of everything that can be read. Keep it: a later version of the app can restore it.
        </li>
        <li>
          Or start again from a backup file. A copy of what can be read is saved first, then your journal is
          replaced by the backup.
        </li>
      </ul>
      <div className="actions">
        <button type="button" className="primary" disabled={isWorking} onClick={() => void saveCopy()}>
          Save what can be read
        </button>
        <input
          id={fileInputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={isWorking}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void file.text().then(restore);
          }}
        />
        <label htmlFor={fileInputId} className="button-like">
          Restore from a backup file…
        </label>
        <button type="button" disabled={isWorking} onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
      {message && (
        <p role="status" data-testid="recovery-message">
          {message}
        </p>
      )}
      <details>
        <summary>Technical details</summary>
        <pre data-testid="recovery-reason">{reason}</pre>
      </details>
    </main>
  );
}
