import { useEffect, useId, useRef } from 'react';
import { QUICK_STARTS, describeStart, type QuickStartId } from '@shared/quickStart';
import { TIME_ZONE } from '../../clock';
import { FieldError } from '../../components/FieldError';

interface QuickStartPickerProps {
  value: QuickStartId;
  onChange: (id: QuickStartId) => void;
  /** The start the form will save (ISO), or null while it is not a time. */
  startIso: string | null;
  now: Date;
  error?: string;
}

/**
 * When the pain started, as one of five radio buttons, each with its letter. The letters are handled by
 * the form around it (useQuickStartKeys), so they work wherever focus is, as the number keys do.
 */
export function QuickStartPicker({ value, onChange, startIso, now, error }: QuickStartPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const choicesRef = useRef<HTMLDivElement>(null);

  // When a letter changes the choice while focus is on the row, focus follows the chosen one.
  useEffect(() => {
    const choices = choicesRef.current;
    if (!choices?.contains(document.activeElement)) return;
    choices.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
  }, [value]);

  return (
    <fieldset
      className="quick-start"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>Started</legend>
      <div ref={choicesRef} className="quick-start-choices" role="radiogroup" aria-label="When it started">
        {QUICK_STARTS.map((choice) => (
          <label key={choice.id} className="quick-start-choice">
            <input
              type="radio"
              name={`${id}-start`}
              value={choice.id}
              checked={value === choice.id}
              aria-keyshortcuts={choice.key.toUpperCase()}
              onChange={() => onChange(choice.id)}
            />
            <span>
              {choice.label}
              {/* Shown for the eye; aria-keyshortcuts tells a screen reader, without adding it to the name. */}
              <kbd aria-hidden="true">{choice.key.toUpperCase()}</kbd>
            </span>
          </label>
        ))}
      </div>
      <p className="hint">
        <span className="quick-start-time" aria-live="polite">
          {startIso === null ? '' : describeStart(startIso, now, TIME_ZONE)}
        </span>{' '}
        Press a letter to change it.
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
