import { useEffect, useState } from 'react';
import type { EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { RedFlagAdvice } from '../../components/RedFlagAdvice';
import { TIME_ZONE } from '../../clock';
import { backUpIfDue } from '../../journal/automaticBackups';
import { useJournal } from '../../journal/JournalContext';
import { desktop } from '../../platform/desktop';
import { EpisodeEditor } from '../log/EpisodeEditor';
import { QuickLog } from '../log/QuickLog';
import { savedEpisodeMessage } from '../log/savedMessage';

/** How long "Saved" stays before the small window closes by itself: long enough to read. */
export const CLOSE_AFTER_SAVE_MS = 1500;

export const QUICK_LOG_TITLE = 'Log pain — Upper Back Journal';

type Step = { kind: 'quick' } | { kind: 'editor'; draft: EpisodeDraft } | { kind: 'saved'; episode: Episode };

const closeWindow = () => void desktop.closeQuickLogWindow();

/**
 * The page the global shortcut and the tray open in a small always-on-top window: the same two-action
 * quick log as in the app (type a number, Ctrl+Enter), then a short confirmation, then the window closes
 * so the person is back where they were. Escape closes it (asking first if something was entered).
 */
export function QuickLogWindow() {
  const db = useJournal();
  const [step, setStep] = useState<Step>({ kind: 'quick' });

  useEffect(() => {
    document.title = QUICK_LOG_TITLE;
  }, []);

  const episode = step.kind === 'saved' ? step.episode : null;
  const hasWarningSigns = episode !== null && episode.redFlags.length > 0;
  useEffect(() => {
    // Warning signs keep the window open until the person has read the advice.
    if (episode === null || hasWarningSigns) return;
    const timer = window.setTimeout(closeWindow, CLOSE_AFTER_SAVE_MS);
    return () => window.clearTimeout(timer);
  }, [episode, hasWarningSigns]);

  const onSaved = (saved: Episode) => {
    setStep({ kind: 'saved', episode: saved });
    void backUpIfDue(db, 'entry-saved');
  };

  if (step.kind === 'saved') {
    return (
      <main
        className="quick-log-window quick-log-saved"
        // Escape closes the window here too, as it does the form.
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeWindow();
        }}
      >
        <p role="status" className="quick-log-confirmation">
          {savedEpisodeMessage(step.episode, TIME_ZONE)}
        </p>
        {hasWarningSigns ? (
          <>
            <p>You noted signs with this episode that are worth getting checked.</p>
            <RedFlagAdvice flags={step.episode.redFlags} heading="What to do" />
            <button type="button" className="primary" autoFocus onClick={closeWindow}>
              I understand
            </button>
          </>
        ) : (
          <button type="button" autoFocus onClick={closeWindow}>
            Close
          </button>
        )}
      </main>
    );
  }

  return (
    <main className="quick-log-window">
      {step.kind === 'quick' ? (
        <QuickLog
          onClose={closeWindow}
          onSaved={onSaved}
          onMoreDetails={(draft) => setStep({ kind: 'editor', draft })}
        />
      ) : (
        <EpisodeEditor initialDraft={step.draft} onClose={closeWindow} onSaved={onSaved} />
      )}
    </main>
  );
}
