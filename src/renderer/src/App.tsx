import { useEffect, useState } from 'react';
import {
  openJournal,
  requestPersistentStorage,
  type JournalLoss,
  type JournalOpening,
} from './db/openJournal';
import { JOURNAL_DB_NAME } from './db/database';
import { InsightsProvider } from './journal/InsightsContext';
import { JournalContext, JournalDataProvider } from './journal/JournalContext';
import { finishPendingSwapIfAny } from './journal/swapMarker';
import { ScreenLoading, lazyNamed, lazyNamedWithPreload } from './lazyScreens';
import { Shell, preloadForms } from './Shell';

// Not on the journal's first screen: the small quick-log window's own mode (fetched at once in that
// window), and the recovery screen, shown only when the journal cannot be opened.
const QuickLogWindow = lazyNamedWithPreload(
  () => import('./features/quicklog/QuickLogWindow'),
  'QuickLogWindow',
);
const LazyRecoveryScreen = lazyNamed(() => import('./RecoveryScreen'), 'RecoveryScreen');

function RecoveryScreen({ reason }: { reason: string }) {
  return (
    <ScreenLoading screen="recovery">
      <LazyRecoveryScreen reason={reason} />
    </ScreenLoading>
  );
}

interface AppProps {
  /** 'quick-log' shows only the quick log (the small always-on-top window); 'journal' the whole app. */
  mode: 'journal' | 'quick-log';
}

type Opening = JournalOpening | { status: 'lost'; loss: JournalLoss };

/**
 * Before opening: a restore from the recovery screen that was cut short is finished first, so the
 * journal is never opened half-replaced. Then the journal is opened, waiting (and saying so) while
 * another window holds it at an older version.
 */
async function startJournal(
  onBlocked: () => void,
  onLost: (loss: JournalLoss) => void,
): Promise<JournalOpening> {
  try {
    await finishPendingSwapIfAny(JOURNAL_DB_NAME, onBlocked);
  } catch (error) {
    console.error('Finishing an earlier restore failed', error);
    // Opening now would show an empty or old journal that the unfinished restore would later replace.
    return {
      status: 'failed',
      reason: `PendingRestoreError: a restore from the recovery screen has not finished (${
        error instanceof Error ? error.message : String(error)
      }). The backup it was restoring is kept.`,
    };
  }
  return openJournal(JOURNAL_DB_NAME, undefined, { onBlocked, onLost });
}

export function App({ mode }: AppProps) {
  const [opening, setOpening] = useState<Opening>({ status: 'opening' });
  const [isStoragePersistent, setIsStoragePersistent] = useState<boolean | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // The quick-log window and the journal's forms open on a key press: their files load while the
    // journal opens.
    if (mode === 'quick-log') void QuickLogWindow.preload().catch(() => undefined);
    else preloadForms();
    void startJournal(
      () => {
        if (isCurrent) setOpening({ status: 'blocked' });
      },
      (loss) => {
        if (isCurrent) setOpening({ status: 'lost', loss });
      },
    ).then((result) => {
      if (isCurrent) setOpening((now) => (now.status === 'lost' ? now : result));
      else if (result.status === 'ready') result.db.close();
    });
    void requestPersistentStorage(navigator.storage).then((granted) => {
      if (isCurrent) setIsStoragePersistent(granted);
    });
    return () => {
      isCurrent = false;
    };
  }, [mode]);

  if (opening.status === 'opening') return <p className="loading">Opening your journal…</p>;
  if (opening.status === 'blocked') return <BlockedNotice />;
  if (opening.status === 'failed') return <RecoveryScreen reason={opening.reason} />;
  if (opening.status === 'lost') {
    return opening.loss.kind === 'newer' ? (
      <RecoveryScreen reason={opening.loss.reason} />
    ) : (
      <ReplacedNotice />
    );
  }
  return (
    <JournalContext.Provider value={opening.db}>
      <JournalDataProvider onlyWithdrawalPeriods={mode === 'quick-log'}>
        {mode === 'quick-log' ? (
          <ScreenLoading screen="quick-log-window">
            <QuickLogWindow />
          </ScreenLoading>
        ) : (
          <InsightsProvider>
            <Shell isStoragePersistent={isStoragePersistent} />
          </InsightsProvider>
        )}
      </JournalDataProvider>
    </JournalContext.Provider>
  );
}

function BlockedNotice() {
  return (
    <main className="recovery" aria-labelledby="blocked-title">
      <h1 id="blocked-title">Your journal is open in another window</h1>
      <p role="status">
        An older version of the app has your journal open, so this one can’t open it yet. Close the journal’s
        other windows, and it will open here by itself. Nothing has been changed.
      </p>
    </main>
  );
}

function ReplacedNotice() {
  return (
    <main className="recovery" aria-labelledby="replaced-title">
      <h1 id="replaced-title">Your journal is being replaced in another window</h1>
      <p role="status">
        A backup is being restored in another window, so this window has stopped using the journal to keep
        from writing into it halfway. When that window says it is done, reload to see your journal.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
