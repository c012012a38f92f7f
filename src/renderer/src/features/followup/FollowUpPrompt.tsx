import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isoToLocalDateTime, localDateTimeToIso } from '@shared/dates';
import { SNOOZE_MINUTES, type FollowUpAnswer, type FollowUpDue } from '@shared/followUps';
import { FOLLOW_UP_KEYS_HINT, followUpDetail, followUpTitle } from '@shared/followUps/wording';
import { TEN_WINDOW_MS } from '@shared/intensityKeys';
import type { Episode } from '@shared/model';
import { useJournal } from '../../journal/JournalContext';
import { answerFollowUp, dismissFollowUp, snoozeFollowUp } from '../../journal/followUps';
import { isTypingTarget } from '../../shortcuts';

interface FollowUpPromptProps {
  due: FollowUpDue;
  timeZone: string;
  /** Focus the prompt when it appears, so one key answers (the quick-log window). */
  autoFocus?: boolean;
  /** Called after the answer (or snooze, or dismissal) is saved. */
  onDone?: (result: { kind: 'answered'; episode: Episode } | { kind: 'snoozed' | 'dismissed' }) => void;
}

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

/**
 * "How is it now?": one key or click answers 0-10, S says it has stopped (the episode ends then). A missed
 * follow-up asks about a time the person chooses, by default the time it was due.
 */
export function FollowUpPrompt({ due, timeZone, autoFocus = false, onDone }: FollowUpPromptProps) {
  const db = useJournal();
  const rootRef = useRef<HTMLElement>(null);
  const [lateAt, setLateAt] = useState(() => isoToLocalDateTime(due.dueAt));
  const [message, setMessage] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // A "1" waits a moment for a "0" (ten), as in the pain picker.
  const pendingOne = useRef<number | null>(null);

  useEffect(() => {
    if (autoFocus) rootRef.current?.focus();
  }, [autoFocus]);
  useEffect(
    () => () => {
      if (pendingOne.current !== null) window.clearTimeout(pendingOne.current);
    },
    [],
  );

  const headingId = `follow-up-${due.episode.id}`;
  const isLate = due.state === 'missed';

  /** The time the answer is about, or an error in the person's words. */
  const answerTime = (now: Date): { at: string } | { error: string } => {
    if (!isLate) return { at: now.toISOString() };
    const at = localDateTimeToIso(lateAt);
    if (at === null) return { error: 'Enter the time you mean, or answer for when it was due.' };
    if (Date.parse(at) < Date.parse(due.earliestAt))
      return { error: 'That is before you logged this pain. Choose a later time.' };
    if (Date.parse(at) > Math.max(Date.parse(due.latestAt), now.getTime()))
      return { error: 'Choose a time up to a day after you logged it, and not still to come.' };
    return { at };
  };

  const sayNotWritten = () =>
    setMessage('This was already answered or put aside in another window, so nothing changed.');

  const answer = async (choice: { pain: number; stopped: boolean }) => {
    if (isSaving) return;
    const now = new Date();
    const time = answerTime(now);
    if ('error' in time) {
      setMessage(time.error);
      return;
    }
    const input: FollowUpAnswer = { ...choice, at: time.at, answeredAt: now.toISOString() };
    setIsSaving(true);
    try {
      const write = await answerFollowUp(db, due.episode.id, input, now);
      if (write.ok) onDone?.({ kind: 'answered', episode: write.episode });
      else sayNotWritten();
    } catch {
      setMessage('Your answer couldn’t be saved. Please try again.');
    } finally {
      setIsSaving(false);
    }
  };

  const putAside = async (kind: 'snoozed' | 'dismissed') => {
    if (isSaving) return;
    const now = new Date();
    setIsSaving(true);
    try {
      const write =
        kind === 'snoozed'
          ? await snoozeFollowUp(db, due.episode.id, new Date(now.getTime() + SNOOZE_MINUTES * 60_000), now)
          : await dismissFollowUp(db, due.episode.id, now);
      if (write.ok) onDone?.({ kind });
      else sayNotWritten();
    } catch {
      setMessage('That couldn’t be saved. Please try again.');
    } finally {
      setIsSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      void answer({ pain: 0, stopped: true });
      return;
    }
    if (!/^[0-9]$/.test(key)) return;
    event.preventDefault();
    if (pendingOne.current !== null) {
      window.clearTimeout(pendingOne.current);
      pendingOne.current = null;
      if (key === '0') {
        void answer({ pain: 10, stopped: false });
        return;
      }
      void answer({ pain: 1, stopped: false });
    }
    if (key === '1') {
      pendingOne.current = window.setTimeout(() => {
        pendingOne.current = null;
        void answer({ pain: 1, stopped: false });
      }, TEN_WINDOW_MS);
      return;
    }
    void answer({ pain: Number(key), stopped: false });
  };

  return (
    <section
      ref={rootRef}
      className="notice follow-up"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="follow-up"
    >
      <h3 id={headingId}>{followUpTitle(due, timeZone)}</h3>
      <p>
        {followUpDetail(due.episode, timeZone)} {FOLLOW_UP_KEYS_HINT}
      </p>
      {isLate && (
        <p className="follow-up-time">
          <label htmlFor={`${headingId}-at`}>About what time?</label>{' '}
          <input
            id={`${headingId}-at`}
            type="datetime-local"
            value={lateAt}
            onChange={(event) => setLateAt(event.target.value)}
          />
        </p>
      )}
      <div className="follow-up-ratings" role="group" aria-label="Pain now, 0 to 10">
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            disabled={isSaving}
            aria-label={`${rating} out of 10`}
            onClick={() => void answer({ pain: rating, stopped: false })}
          >
            {rating}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" disabled={isSaving} onClick={() => void answer({ pain: 0, stopped: true })}>
          It has stopped <kbd>S</kbd>
        </button>
        <button type="button" disabled={isSaving} onClick={() => void putAside('snoozed')}>
          Ask me in {SNOOZE_MINUTES} minutes
        </button>
        <button type="button" disabled={isSaving} onClick={() => void putAside('dismissed')}>
          Don’t ask about this one
        </button>
      </div>
      {message && (
        <p role="alert" className="field-error">
          {message}
        </p>
      )}
    </section>
  );
}
