import { useEffect, useRef, useState } from 'react';

/**
 * Closing a form that holds unsaved entries (Escape, Cancel) first asks, so a stray key press never
 * throws away what someone typed. An untouched form closes at once.
 */
export function useDiscardGuard(isDirty: boolean, close: () => void) {
  const [isConfirming, setIsConfirming] = useState(false);
  return {
    isConfirming,
    requestClose: () => (isDirty ? setIsConfirming(true) : close()),
    keepEditing: () => setIsConfirming(false),
  };
}

interface DiscardBarProps {
  onKeepEditing: () => void;
  onDiscard: () => void;
}

export function DiscardBar({ onKeepEditing, onDiscard }: DiscardBarProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="discard-bar" role="alertdialog" aria-labelledby="discard-question">
      <p id="discard-question">Close without saving? What you entered here will be lost.</p>
      <button ref={keepRef} type="button" className="primary" onClick={onKeepEditing}>
        Keep editing
      </button>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
