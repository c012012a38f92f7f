interface RecoveryScreenProps {
  reason: string;
}

/**
 * Shown when the journal database cannot be opened. It never deletes anything: the data stays where it is
 * so a later version of the app, or a backup, can bring it back.
 */
export function RecoveryScreen({ reason }: RecoveryScreenProps) {
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
          If it keeps happening, keep this screen’s details for support. Restoring from a backup file is
          coming.
        </li>
      </ul>
      <details>
        <summary>Technical details</summary>
        <pre data-testid="recovery-reason">{reason}</pre>
      </details>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}
