import { useEffect, useState, type ReactNode } from 'react';
import type { EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { TIME_ZONE } from '../../clock';
import { backUpIfDue } from '../../journal/automaticBackups';
import { useJournal } from '../../journal/JournalContext';
import { desktop } from '../../platform/desktop';
import { followUpPutAside, followUpThanks } from '@shared/followUps/wording';
import { FollowUpPrompt } from '../followup/FollowUpPrompt';
import { useDueFollowUps } from '../followup/useDueFollowUps';
import { EpisodeEditor } from '../log/EpisodeEditor';
import { FlagNotice } from '../log/FlagNotice';
import { QuickLog } from '../log/QuickLog';
import { savedEpisodeMessage } from '../log/savedMessage';

/** How long "Saved" stays before the small window closes by itself: long enough to read. */
export const CLOSE_AFTER_SAVE_MS = 1500;

export const QUICK_LOG_TITLE = 'Log pain — Upper Back Journal';

type Step =
  | { kind: 'quick' }
  | { kind: 'editor'; draft: EpisodeDraft }
  | { kind: 'saved'; episode: Episode }
  | { kind: 'follow-up-noted'; text: string };

const closeWindow = () => void desktop.closeQuickLogWindow();

/** A page of the window that Escape closes at once (the form asks first instead, in its own handler). */
function ClosingPage({ className, children }: { className: string; children: ReactNode }) {
  return (
    <main
      className={className}
      onKeyDown={(event) => {
        if (event.key === 'Escape') closeWindow();
      }}
    >
      {children}
    </main>
  );
}

/**
 * The page the global shortcut and the tray open in a small always-on-top window: the same two-action
 * quick log as in the app (type a number, Ctrl+Enter), then a short confirmation, then the window closes
 * so the person is back where they were. Escape closes it (asking first if something was entered).
 */
export function QuickLogWindow() {
  const db = useJournal();
  const [step, setStep] = useState<Step>({ kind: 'quick' });
  const due = useDueFollowUps();
  // The follow-up comes first when one is due as the window opens, unless the person has already
  // started typing into the quick log, or chose to log new pain instead.
  const [followUpChoice, setFollowUpChoice] = useState<'undecided' | 'ask' | 'skip'>('undecided');
  // Decided once, while rendering, as soon as the journal is read (React's "adjust state on a change").
  if (due !== undefined && followUpChoice === 'undecided') setFollowUpChoice(due.length > 0 ? 'ask' : 'skip');
  const followUp = followUpChoice === 'ask' ? due?.[0] : undefined;

  useEffect(() => {
    document.title = QUICK_LOG_TITLE;
  }, []);

  const hasWarningSigns = step.kind === 'saved' && step.episode.redFlags.length > 0;
  // A saved entry or a noted follow-up closes the window by itself; warning signs keep it open until the
  // person has read the advice.
  const closesBySelf = (step.kind === 'saved' && !hasWarningSigns) || step.kind === 'follow-up-noted';
  useEffect(() => {
    if (!closesBySelf) return;
    const timer = window.setTimeout(closeWindow, CLOSE_AFTER_SAVE_MS);
    return () => window.clearTimeout(timer);
  }, [closesBySelf, step]);

  const onSaved = (saved: Episode) => {
    setStep({ kind: 'saved', episode: saved });
    void backUpIfDue(db, 'entry-saved');
  };

  if (step.kind === 'follow-up-noted') {
    return (
      <ClosingPage className="quick-log-window quick-log-saved">
        <p role="status" className="quick-log-confirmation">
          {step.text}
        </p>
        <button type="button" autoFocus onClick={closeWindow}>
          Close
        </button>
      </ClosingPage>
    );
  }

  if (step.kind === 'quick' && followUp !== undefined) {
    return (
      <ClosingPage className="quick-log-window">
        <FollowUpPrompt
          key={followUp.episode.id}
          due={followUp}
          timeZone={TIME_ZONE}
          autoFocus
          onDone={(result) =>
            setStep({
              kind: 'follow-up-noted',
              text:
                result.kind === 'answered'
                  ? followUpThanks(result.episode, TIME_ZONE)
                  : followUpPutAside(result.kind),
            })
          }
        />
        <div className="actions">
          <button type="button" onClick={() => setFollowUpChoice('skip')}>
            Log new pain instead
          </button>
        </div>
      </ClosingPage>
    );
  }

  if (step.kind === 'saved') {
    return (
      <ClosingPage className="quick-log-window quick-log-saved">
        <p role="status" className="quick-log-confirmation">
          {savedEpisodeMessage(step.episode, TIME_ZONE)}
        </p>
        {hasWarningSigns ? (
          // The same notice as in the journal's window: an urgent sign gets the urgent alert here too.
          <FlagNotice flags={step.episode.redFlags} onClose={closeWindow} />
        ) : (
          <button type="button" autoFocus onClick={closeWindow}>
            Close
          </button>
        )}
      </ClosingPage>
    );
  }

  return (
    <main
      className="quick-log-window"
      // Typing into the quick log before the journal is read means the person came to log new pain.
      onKeyDownCapture={() => {
        if (followUpChoice === 'undecided') setFollowUpChoice('skip');
      }}
    >
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
