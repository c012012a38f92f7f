import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppCommand, DesktopNotice } from '@shared/api';
import type { DueReminder } from '@shared/reminders/schedule';
import { calendarDayOf, formatClockTime } from '@shared/dates';
import type { Episode } from '@shared/model';
import type { RedFlagId } from '@shared/taxonomy/redFlags';
import { Toast, type ToastMessage } from './components/Toast';
import { TIME_ZONE } from './clock';
import { History } from './features/history/History';
import { PartLoading, ScreenLoading, lazyNamed, lazyNamedWithPreload } from './lazyScreens';
import type { EditorSource } from './features/log/EpisodeEditorFor';
import { savedEpisodeMessage } from './features/log/savedMessage';
import { backUpIfDue, useAutomaticBackups } from './journal/automaticBackups';
import { deleteEpisode, undoDeleteEpisode } from './journal/episodeReads';
import { useSettings } from './journal/hooks';
import { useJournal } from './journal/JournalContext';
import { desktop } from './platform/desktop';
import { useApplyDesktopPreferences } from './platform/desktopPreferences';
import { whenPageIsSeen } from './platform/pageVisibility';
import { QuickLog } from './features/log/QuickLog';
import { SHORTCUT_LABELS, isQuickLogShortcut } from './shortcuts';

// Every screen but the journal loads the first time it is opened (see lazyScreens.tsx).
const CheckInScreen = lazyNamed(() => import('./features/checkin/CheckInScreen'), 'CheckInScreen');
const TrendsScreen = lazyNamed(() => import('./features/trends/TrendsScreen'), 'TrendsScreen');
const InsightsScreen = lazyNamed(() => import('./features/insights/InsightsScreen'), 'InsightsScreen');
const MeasuresScreen = lazyNamed(() => import('./features/measures/MeasuresScreen'), 'MeasuresScreen');
const ReportScreen = lazyNamed(() => import('./features/report/ReportScreen'), 'ReportScreen');
const WithdrawalScreen = lazyNamed(
  () => import('./features/withdrawal/WithdrawalScreen'),
  'WithdrawalScreen',
);
const SettingsScreen = lazyNamed(() => import('./features/settings/SettingsScreen'), 'SettingsScreen');
const HelpScreen = lazyNamed(() => import('./features/help/HelpScreen'), 'HelpScreen');
const About = lazyNamed(() => import('./features/about/About'), 'About');
// What the journal screen shows only once the person acts, or once there is something to say: loaded on
// first use. The editor is fetched while the journal opens (preloadForms, from App). The quick log is not
// lazy: its shortcut can be pressed, and typed into, the moment the window shows, and on a busy machine a
// lazily loaded form lost those first keys.
const EpisodeEditorFor = lazyNamedWithPreload(
  () => import('./features/log/EpisodeEditorFor'),
  'EpisodeEditorFor',
);
const FlagNotice = lazyNamed(() => import('./features/log/FlagNotice'), 'FlagNotice');
const FollowUpBanner = lazyNamed(() => import('./features/followup/FollowUpBanner'), 'FollowUpBanner');
const ReminderRunner = lazyNamed<{ showInPage: (reminder: DueReminder) => void }, 'ReminderRunner'>(
  () => import('./features/reminders/useReminders'),
  'ReminderRunner',
);
const JournalNotices = lazyNamed(() => import('./features/journal/JournalNotices'), 'JournalNotices');

/**
 * Fetches the editor's files. Called as the journal starts to open: opening the database is a wait on
 * storage, so the files come in meanwhile, off the first screen's own load. A file that fails here is
 * fetched again when the form is opened.
 */
export function preloadForms(): void {
  void EpisodeEditorFor.preload().catch(() => undefined);
}

/** Said in the page, too, the first time closing the window kept the journal in the tray (trayNotice.ts). */
const KEPT_IN_TRAY_NOTICE =
  'The journal kept running in the tray when you closed its window, so reminders and the quick-log ' +
  'shortcut keep working. To bring it back, click its tray icon or start the journal again.';

type Screen =
  | 'history'
  | 'checkin'
  | 'trends'
  | 'insights'
  | 'measures'
  | 'report'
  | 'withdrawal'
  | 'settings'
  | 'help'
  | 'about';
type BackupCommand = Extract<AppCommand, 'save-backup' | 'restore-backup'>;
type Form = { kind: 'quick' } | { kind: 'editor'; source: EditorSource } | null;

// Grouped by what a person comes to do, so ten screens fit one side bar without wrapping.
const SCREEN_GROUPS: readonly { label: string | null; screens: readonly { id: Screen; label: string }[] }[] =
  [
    {
      label: 'Log',
      screens: [
        { id: 'history', label: 'Journal' },
        { id: 'checkin', label: 'Check-in' },
      ],
    },
    {
      label: 'Understand',
      screens: [
        { id: 'trends', label: 'Trends' },
        { id: 'insights', label: 'Insights' },
        { id: 'measures', label: 'Measures' },
      ],
    },
    { label: 'Share', screens: [{ id: 'report', label: 'Report' }] },
    { label: 'Recovery', screens: [{ id: 'withdrawal', label: 'Withdrawal' }] },
    {
      label: null,
      screens: [
        { id: 'settings', label: 'Settings' },
        { id: 'help', label: 'Help' },
        { id: 'about', label: 'About & privacy' },
      ],
    },
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
  // A backup command from the desktop menu, for the Settings screen to start with; `id` remounts it.
  const [backupCommand, setBackupCommand] = useState<{ id: number; kind: BackupCommand } | null>(null);
  // Each command remounts Settings under a new key; counted, since two commands can share a millisecond.
  const backupCommandCount = useRef(0);
  const dismissToast = useCallback(() => setToast(null), []);
  useAutomaticBackups(db);

  const notify = (text: string, action?: ToastMessage['action']) =>
    setToast({ id: Date.now(), text, action });

  const openScreen = (next: Screen) => {
    setCheckInDay(undefined);
    setBackupCommand(null);
    setScreen(next);
  };

  // Each screen opens at its top, not wherever the last one was scrolled to. (A block body: this
  // Chromium's scrollTo returns a promise, which React would take for a cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);

  useApplyDesktopPreferences(useSettings()?.desktop, (message) =>
    notify(message, { label: 'Open Settings', run: () => openScreen('settings') }),
  );

  const openTodaysCheckIn = () => {
    setBackupCommand(null);
    setCheckInDay(calendarDayOf(new Date().toISOString(), TIME_ZONE));
    setScreen('checkin');
  };

  // Reminders the desktop could not show as notifications (a plain browser) appear here instead; on the
  // Journal screen the check-in and measures notices already say the same, so only elsewhere.
  const showReminderInPage = (reminder: DueReminder) => {
    // A follow-up waits in its banner at the top of every screen.
    if (reminder.kind === 'follow-up') return;
    if (screen === 'history' && reminder.kind !== 'posture-break') return;
    const open =
      reminder.kind === 'check-in'
        ? { label: 'Open check-in', run: openTodaysCheckIn }
        : reminder.kind === 'weekly-measures'
          ? { label: 'Open measures', run: () => openScreen('measures') }
          : undefined;
    const { title, body } = reminder.notice;
    notify(`${/[.?!]$/.test(title) ? title : `${title}.`} ${body}`, open);
  };

  // What the desktop menu, the tray and reminder clicks ask for.
  const runCommand = (command: AppCommand) => {
    switch (command) {
      case 'new-episode':
        setForm((current) => current ?? { kind: 'editor', source: { kind: 'new', at: new Date() } });
        return;
      case 'quick-log':
        setForm((current) => current ?? { kind: 'quick' });
        return;
      case 'check-in':
        openTodaysCheckIn();
        return;
      case 'measures':
        openScreen('measures');
        return;
      case 'export-report':
        openScreen('report');
        return;
      case 'save-backup':
      case 'restore-backup':
        setCheckInDay(undefined);
        backupCommandCount.current += 1;
        setBackupCommand({ id: backupCommandCount.current, kind: command });
        setScreen('settings');
        return;
      case 'settings':
        openScreen('settings');
        return;
      case 'help':
        openScreen('help');
        return;
      case 'journal':
        openScreen('history');
        return;
    }
  };
  const runCommandRef = useRef(runCommand);
  useEffect(() => {
    runCommandRef.current = runCommand;
  });
  useEffect(() => desktop.onCommand((command) => runCommandRef.current(command)), []);

  // What the desktop asks the page to show: a reminder its notification did not deliver, or where the
  // journal went when its window closed into the tray. Shown once the window is seen again.
  const showNotice = (notice: DesktopNotice) => {
    if (notice.kind === 'reminder-not-shown') {
      showReminderInPage({ kind: notice.reminder.kind, notice: notice.reminder });
    } else {
      notify(KEPT_IN_TRAY_NOTICE);
    }
  };
  const showNoticeRef = useRef(showNotice);
  useEffect(() => {
    showNoticeRef.current = showNotice;
  });
  useEffect(() => {
    // Notices waiting for the window to be seen; cancelled if the page stops listening first.
    const waits = new Set<() => void>();
    const stop = desktop.onNotice((notice) => {
      let isShown = false;
      const cancel = whenPageIsSeen(() => {
        isShown = true;
        showNoticeRef.current(notice);
      });
      if (!isShown) waits.add(cancel);
    });
    return () => {
      stop();
      for (const cancel of waits) cancel();
    };
  }, []);

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
    const time = formatClockTime(episode.startedAt, { timeZone });
    notify(wasEdit ? `Episode at ${time} updated.` : savedEpisodeMessage(episode, timeZone));
    // Warning signs get their advice straight away, not only in history.
    if (episode.redFlags.length > 0) setFlagNotice(episode.redFlags);
    void backUpIfDue(db, 'entry-saved');
  };

  const onDelete = (episode: Episode) => {
    const now = new Date();
    const time = formatClockTime(episode.startedAt, { timeZone });
    // Undo takes back this delete only: not a later one, nor one another window has already undone.
    const undo = () =>
      void undoDeleteEpisode(db, episode.id, now.toISOString()).then(
        (isBack) => {
          if (!isBack)
            notify(`The episode at ${time} was changed in another window, so Undo left it as it is.`);
        },
        () => notify('That episode couldn’t be brought back. Please try again.'),
      );
    void deleteEpisode(db, episode.id, now).then(
      () => notify(`Episode at ${time} deleted.`, { label: 'Undo', run: undo }),
      () => notify('That episode couldn’t be deleted. Please try again.'),
    );
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>Upper Back Journal</h1>
        <button
          type="button"
          className="primary log-pain"
          data-focus-after-dialog
          onClick={() => setForm({ kind: 'quick' })}
        >
          Log pain <kbd>{SHORTCUT_LABELS.quickLog}</kbd>
        </button>
        <nav aria-label="Main">
          {SCREEN_GROUPS.map((group, index) => (
            <div
              key={group.label ?? index}
              className="nav-group"
              role="group"
              aria-label={group.label ?? 'More'}
            >
              {group.label && (
                <span className="nav-group-label" aria-hidden="true">
                  {group.label}
                </span>
              )}
              {group.screens.map((s) => (
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
            </div>
          ))}
        </nav>
      </header>
      <main>
        <PartLoading part="follow-up">
          <FollowUpBanner onNoted={(text) => notify(text)} />
        </PartLoading>
        {screen === 'history' && (
          <PartLoading part="notices">
            <JournalNotices
              onOpenCheckIn={(day) => {
                setCheckInDay(day);
                setScreen('checkin');
              }}
              onOpenMeasures={() => openScreen('measures')}
            />
          </PartLoading>
        )}
        {screen === 'history' && (
          <History
            timeZone={timeZone}
            onLog={() => setForm({ kind: 'quick' })}
            onEdit={(episode) => setForm({ kind: 'editor', source: { kind: 'edit', episode } })}
            onDelete={onDelete}
          />
        )}
        <ScreenLoading screen={screen}>
          {screen === 'checkin' && (
            <CheckInScreen key={checkInDay} initialDay={checkInDay} onSaved={notify} />
          )}
          {screen === 'trends' && <TrendsScreen />}
          {screen === 'insights' && <InsightsScreen onOpenCheckIn={() => openScreen('checkin')} />}
          {screen === 'measures' && <MeasuresScreen onSaved={notify} />}
          {screen === 'report' && <ReportScreen onDone={notify} />}
          {screen === 'withdrawal' && <WithdrawalScreen onOpenSettings={() => openScreen('settings')} />}
          {screen === 'settings' && (
            <SettingsScreen key={backupCommand?.id} onSaved={notify} startWith={backupCommand?.kind} />
          )}
          {screen === 'help' && <HelpScreen onOpenSettings={() => openScreen('settings')} />}
          {screen === 'about' && <About isStoragePersistent={isStoragePersistent} />}
        </ScreenLoading>
      </main>
      {form?.kind === 'quick' && (
        <ScreenLoading screen="quick-log">
          <QuickLog
            onClose={() => setForm(null)}
            onSaved={(episode) => onSaved(episode, false)}
            onMoreDetails={(draft) => setForm({ kind: 'editor', source: { kind: 'draft', draft } })}
          />
        </ScreenLoading>
      )}
      {form?.kind === 'editor' && (
        <ScreenLoading screen="editor">
          <EpisodeEditorFor
            source={form.source}
            onClose={() => setForm(null)}
            onSaved={(episode) => onSaved(episode, isEdit(form.source))}
          />
        </ScreenLoading>
      )}
      {flagNotice && (
        <ScreenLoading screen="flag-notice">
          <FlagNotice flags={flagNotice} onClose={() => setFlagNotice(null)} />
        </ScreenLoading>
      )}
      <Toast toast={toast} onDismiss={dismissToast} />
      <PartLoading part="reminders">
        <ReminderRunner showInPage={showReminderInPage} />
      </PartLoading>
    </div>
  );
}

/** Whether the editor opened on a stored episode (its save says "updated"). */
function isEdit(source: EditorSource): boolean {
  return source.kind === 'edit' || (source.kind === 'draft' && source.draft.id !== undefined);
}
