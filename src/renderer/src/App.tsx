import { useEffect, useState } from 'react';
import { openJournal, requestPersistentStorage, type JournalOpening } from './db/openJournal';
import { JournalContext, JournalDataProvider } from './journal/JournalContext';
import { RecoveryScreen } from './RecoveryScreen';
import { Shell } from './Shell';
import { QuickLogWindow } from './features/quicklog/QuickLogWindow';

interface AppProps {
  /** 'quick-log' shows only the quick log (the small always-on-top window); 'journal' the whole app. */
  mode: 'journal' | 'quick-log';
}

export function App({ mode }: AppProps) {
  const [opening, setOpening] = useState<JournalOpening>({ status: 'opening' });
  const [isStoragePersistent, setIsStoragePersistent] = useState<boolean | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void openJournal().then((result) => {
      if (isCurrent) setOpening(result);
      else if (result.status === 'ready') result.db.close();
    });
    void requestPersistentStorage(navigator.storage).then((granted) => {
      if (isCurrent) setIsStoragePersistent(granted);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (opening.status === 'opening') return <p className="loading">Opening your journal…</p>;
  if (opening.status === 'failed') return <RecoveryScreen reason={opening.reason} />;
  return (
    <JournalContext.Provider value={opening.db}>
      <JournalDataProvider onlyWithdrawalPeriods={mode === 'quick-log'}>
        {mode === 'quick-log' ? <QuickLogWindow /> : <Shell isStoragePersistent={isStoragePersistent} />}
      </JournalDataProvider>
    </JournalContext.Provider>
  );
}
