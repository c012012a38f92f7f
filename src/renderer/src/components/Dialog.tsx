import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  className?: string;
  /** 'alertdialog' for a notice that asks the user to act now. */
  role?: 'alertdialog';
  children: ReactNode;
}

/**
 * Where focus goes when a dialog closes: back where it was, or, when that was nowhere (a dialog opened by
 * its shortcut) or is gone (the quick log that led to the full form), to the page's marked place, the
 * Log pain button, so the next Tab does not start again from the top of the page.
 */
function returnFocus(previouslyFocused: Element | null): void {
  if (
    previouslyFocused instanceof HTMLElement &&
    previouslyFocused !== document.body &&
    previouslyFocused.isConnected
  ) {
    previouslyFocused.focus();
    return;
  }
  document.querySelector<HTMLElement>('[data-focus-after-dialog]')?.focus();
}

/**
 * A modal built on <dialog>: the browser traps focus inside, Escape closes it, and focus goes back to
 * where it was when it closes (see returnFocus).
 */
export function Dialog({ title, onClose, onKeyDown, className, role, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control in the page order; a form can name a better starting point,
    // such as the pain already chosen, so an arrow key there does not silently change a value.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnFocus(previouslyFocused);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
