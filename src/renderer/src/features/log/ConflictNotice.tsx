import { useEffect, useId, useRef } from 'react';
import type { ConflictWords } from './conflictMessage';

interface ConflictNoticeProps {
  words: ConflictWords;
  /** The refused save; each one is a new object, so pressing Save again says it again. */
  conflict: object;
  isSaving: boolean;
  onKeepMine: () => void;
  onOther: () => void;
}

/**
 * Says that another window changed or deleted what is being edited, and offers the two ways on. Focus
 * goes to the message, so keyboard and screen reader users hear it first; the choices come next with Tab.
 */
export function ConflictNotice({ words, conflict, isSaving, onKeepMine, onOther }: ConflictNoticeProps) {
  const messageRef = useRef<HTMLParagraphElement>(null);
  const messageId = useId();
  useEffect(() => messageRef.current?.focus(), [conflict]);

  return (
    <div className="conflict-notice">
      <p ref={messageRef} id={messageId} role="alert" tabIndex={-1} className="conflict-message">
        {words.message}
      </p>
      <p className="hint">{words.hint}</p>
      <div role="group" aria-labelledby={messageId} className="conflict-choices">
        <button type="button" className="primary" disabled={isSaving} onClick={onKeepMine}>
          {words.keepMine}
        </button>
        <button type="button" disabled={isSaving} onClick={onOther}>
          {words.other}
        </button>
      </div>
    </div>
  );
}
