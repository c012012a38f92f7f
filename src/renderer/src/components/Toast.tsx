import { useEffect } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

interface ToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
}

/** How long a notice stays: long enough to reach Undo with the keyboard. */
const TOAST_MS = 10_000;

export function Toast({ toast, onDismiss }: ToastProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="quiet" aria-label="Dismiss notice" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
