import { useEffect, useId, useRef } from 'react';
import { TIME_ZONE } from '../../clock';
import type { EpisodeConflict } from '../../journal/episodeConflict';
import { conflictWords } from './conflictMessage';

export interface ConflictChoices {
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
  leave: () => void;
}

interface ConflictNoticeProps {
  conflict: EpisodeConflict;
  isSaving: boolean;
  choices: ConflictChoices;
}

/**
 * Says that another window changed or deleted the episode, and offers the two ways on. Focus goes to
 * the message, so keyboard and screen reader users hear it first; the choices come next with Tab.
 */
export function ConflictNotice({ conflict, isSaving, choices }: ConflictNoticeProps) {
  const words = conflictWords(conflict, TIME_ZONE);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const messageId = useId();
  // Each refused save is a new conflict object: pressing Save again says it again.
  useEffect(() => messageRef.current?.focus(), [conflict]);

  return (
    <div className="conflict-notice">
      <p ref={messageRef} id={messageId} role="alert" tabIndex={-1} className="conflict-message">
        {words.message}
      </p>
      <p className="hint">{words.hint}</p>
      <div role="group" aria-labelledby={messageId} className="conflict-choices">
        <button type="button" className="primary" disabled={isSaving} onClick={() => void choices.keepMine()}>
          {words.keepMine}
        </button>
        <button
          type="button"
          disabled={isSaving}
          onClick={conflict.kind === 'changed' ? choices.takeTheirs : choices.leave}
        >
          {words.other}
        </button>
      </div>
    </div>
  );
}
