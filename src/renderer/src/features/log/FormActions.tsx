import type { ReactNode } from 'react';
import { DiscardBar } from '../../components/DiscardGuard';
import { SHORTCUT_LABELS } from '../../shortcuts';

interface FormActionsProps {
  isSaving: boolean;
  saveError: string | null;
  guard: { isConfirming: boolean; requestClose: () => void; keepEditing: () => void };
  onDiscard: () => void;
  /** Buttons between Save and Cancel. */
  children?: ReactNode;
}

/** The bar at the foot of an episode form: a save problem, then Save / … / Cancel, or the discard question. */
export function FormActions({ isSaving, saveError, guard, onDiscard, children }: FormActionsProps) {
  return (
    <>
      {saveError && (
        <p className="save-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="dialog-actions">
        {guard.isConfirming ? (
          <DiscardBar onKeepEditing={guard.keepEditing} onDiscard={onDiscard} />
        ) : (
          <>
            <button type="submit" className="primary" disabled={isSaving}>
              Save <kbd>{SHORTCUT_LABELS.save}</kbd>
            </button>
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
