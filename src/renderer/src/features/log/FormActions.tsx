import { useEffect, useRef, type ReactNode } from 'react';
import { DiscardBar } from '../../components/DiscardGuard';
import { TIME_ZONE } from '../../clock';
import type { EpisodeConflict } from '../../journal/episodeConflict';
import { SHORTCUT_LABELS } from '../../shortcuts';
import { ConflictNotice } from './ConflictNotice';
import { conflictWords } from './conflictMessage';

export interface ConflictChoices {
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
  leave: () => void;
}

interface FormActionsProps {
  isSaving: boolean;
  saveError: string | null;
  guard: { isConfirming: boolean; requestClose: () => void; keepEditing: () => void };
  onDiscard: () => void;
  /** Another window changed or deleted the episode; its choices stand in for Save until one is made. */
  conflict?: EpisodeConflict | null;
  conflictChoices?: ConflictChoices;
  /** Said once the form shows the other window's version in place of what was typed. */
  showsOtherVersion?: boolean;
  /** Buttons between Save and Cancel. */
  children?: ReactNode;
}

/** The bar at the foot of an episode form: a save problem, then Save / … / Cancel, or the discard question. */
export function FormActions({
  isSaving,
  saveError,
  guard,
  onDiscard,
  conflict,
  conflictChoices,
  showsOtherVersion,
  children,
}: FormActionsProps) {
  const hasConflict = Boolean(conflict && conflictChoices);
  return (
    <>
      {saveError && (
        <p className="save-error" role="alert">
          {saveError}
        </p>
      )}
      {conflict && conflictChoices && (
        <ConflictNotice
          words={conflictWords(conflict, TIME_ZONE)}
          conflict={conflict}
          isSaving={isSaving}
          onKeepMine={() => void conflictChoices.keepMine()}
          // A changed episode can be taken into the form; a deleted or removed one can only be left.
          onOther={conflict.kind === 'changed' ? conflictChoices.takeTheirs : conflictChoices.leave}
        />
      )}
      {showsOtherVersion && <OtherVersionNote />}
      <div className="dialog-actions">
        {guard.isConfirming ? (
          <DiscardBar onKeepEditing={guard.keepEditing} onDiscard={onDiscard} />
        ) : (
          <>
            {!hasConflict && (
              <button type="submit" className="primary" disabled={isSaving}>
                Save <kbd>{SHORTCUT_LABELS.save}</kbd>
              </button>
            )}
            {children}
            <button type="button" className="quiet" onClick={guard.requestClose}>
              Cancel
            </button>
          </>
        )}
      </div>
    </>
  );
}

/** Where focus goes once the choice is made, as the conflict message it replaces has gone. */
function OtherVersionNote() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className="hint">
      This form now shows the version saved in the other window. Your own changes were set aside.
    </p>
  );
}
