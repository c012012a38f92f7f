import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatTimeOfDay } from '@shared/dates';
import { draftFromEpisode, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import type { RedFlagId } from '@shared/taxonomy/redFlags';
import { Toast, type ToastMessage } from './components/Toast';
import { Dialog } from './components/Dialog';
import { RedFlagAdvice } from './components/RedFlagAdvice';
import { About } from './features/about/About';
import { CheckInScreen } from './features/checkin/CheckInScreen';
import { InsightsScreen } from './features/insights/InsightsScreen';
import { JournalNotices } from './features/journal/JournalNotices';
import { TrendsScreen } from './features/trends/TrendsScreen';
import { MeasuresScreen } from './features/measures/MeasuresScreen';
import { ReportScreen } from './features/report/ReportScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { WithdrawalScreen } from './features/withdrawal/WithdrawalScreen';
import { History } from './features/history/History';
import { EpisodeEditor } from './features/log/EpisodeEditor';
import { QuickLog } from './features/log/QuickLog';
import { backUpIfDue, useAutomaticBackups } from './journal/automaticBackups';
import { deleteEpisode, undoDeleteEpisode } from './journal/episodes';
import { useJournal } from './journal/JournalContext';
import { SHORTCUT_LABELS, isQuickLogShortcut } from './shortcuts';

type Screen =
  'history' | 'checkin' | 'trends' | 'insights' | 'measures' | 'report' | 'withdrawal' | 'settings' | 'about';
type Form = { kind: 'quick' } | { kind: 'editor'; draft: EpisodeDraft } | null;

const SCREENS: readonly { id: Screen; label: string }[] = [
  { id: 'history', label: 'Journal' },
  { id: 'checkin', label: 'Check-in' },
  { id: 'trends', label: 'Trends' },
  { id: 'insights', label: 'Insights' },
  { id: 'measures', label: 'Measures' },
  { id: 'report', label: 'Report' },
  { id: 'withdrawal', label: 'Withdrawal' },
  { id: 'settings', label: 'Settings' },
  { id: 'about', label: 'About & privacy' },
];

interface ShellProps {
  isStoragePersistent: boolean | null;
}

export function Shell({ isStoragePersistent }: ShellProps) {
  const db = useJournal();
  const timeZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const [screen, setScreen] = useState<Screen>('history');
  const [form, setForm] = useState<Form>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [flagNotice, setFlagNotice] = useState<RedFlagId[] | null>(null);
  const [checkInDay, setCheckInDay] = useState<string | undefined>(undefined);
  const dismissToast = useCallback(() => setToast(null), []);
  useAutomaticBackups(db);

  const notify = (text: string, action?: ToastMessage['action']) =>
    setToast({ id: Date.now(), text, action });

  // The quick log is one shortcut away from anywhere in the app, even from inside a text field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isQuickLogShortcut(event)) return;
      event.preventDefault();
      setForm((current) => current ?? { kind: 'quick' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onSaved = (episode: Episode, wasEdit: boolean) => {
    setForm(null);
    const time = formatTimeOfDay(episode.startedAt, timeZone);
    notify(wasEdit ? `Episode at ${time} updated.` : `Saved: pain ${episode.intensity} at ${time}.`);
    // Warning signs get their advice straight away, not only in history.
    if (episode.redFlags.length > 0) setFlagNotice(episode.redFlags);
    void backUpIfDue(db, 'entry-saved');
  };

  const openScreen = (next: Screen) => {
    setCheckInDay(undefined);
    setScreen(next);
  };

  const onDelete = (episode: Episode) => {
    void deleteEpisode(db, episode.id, new Date()).then(
      () =>
        notify(`Episode at ${formatTimeOfDay(episode.startedAt, timeZone)} deleted.`, {
          label: 'Undo',
          run: () => void undoDeleteEpisode(db, episode.id),
        }),
      () => notify('That episode couldn’t be deleted. Please try again.'),
    );
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>Upper Back Journal</h1>
        <nav aria-label="Main">
          {SCREENS.map((s) => (
            <button
              key={s.id}
              type="button"
              className="nav"
              aria-current={screen === s.id ? 'page' : undefined}
              onClick={() => openScreen(s.id)}
            >
              {s.label}
            </button>
          ))}
        </nav>
        <button type="button" className="primary" onClick={() => setForm({ kind: 'quick' })}>
          Log pain <kbd>{SHORTCUT_LABELS.quickLog}</kbd>
        </button>
      </header>
      <main>
        {screen === 'history' && (
          <JournalNotices
            onOpenCheckIn={(day) => {
              setCheckInDay(day);
              setScreen('checkin');
            }}
            onOpenMeasures={() => openScreen('measures')}
          />
        )}
        {screen === 'history' && (
          <History
            timeZone={timeZone}
            onLog={() => setForm({ kind: 'quick' })}
            onEdit={(episode) => setForm({ kind: 'editor', draft: draftFromEpisode(episode) })}
            onDelete={onDelete}
          />
        )}
        {screen === 'checkin' && <CheckInScreen key={checkInDay} initialDay={checkInDay} onSaved={notify} />}
        {screen === 'trends' && <TrendsScreen />}
        {screen === 'insights' && <InsightsScreen onOpenCheckIn={() => openScreen('checkin')} />}
        {screen === 'measures' && <MeasuresScreen onSaved={notify} />}
        {screen === 'report' && <ReportScreen onDone={notify} />}
        {screen === 'withdrawal' && <WithdrawalScreen onOpenSettings={() => openScreen('settings')} />}
        {screen === 'settings' && <SettingsScreen onSaved={notify} />}
        {screen === 'about' && <About isStoragePersistent={isStoragePersistent} />}
      </main>
      {form?.kind === 'quick' && (
        <QuickLog
          onClose={() => setForm(null)}
          onSaved={(episode) => onSaved(episode, false)}
          onMoreDetails={(draft) => setForm({ kind: 'editor', draft })}
        />
      )}
      {form?.kind === 'editor' && (
        <EpisodeEditor
          initialDraft={form.draft}
          onClose={() => setForm(null)}
          onSaved={(episode) => onSaved(episode, form.draft.id !== undefined)}
        />
      )}
      {flagNotice && (
        <Dialog title="Please take note" onClose={() => setFlagNotice(null)} className="flag-notice">
          <p>You noted signs with this episode that are worth getting checked.</p>
          <RedFlagAdvice flags={flagNotice} heading="What to do" />
          <p className="muted">
            This stays on the episode in your history and will be listed in your report.
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" autoFocus onClick={() => setFlagNotice(null)}>
              I understand
            </button>
          </div>
        </Dialog>
      )}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}
