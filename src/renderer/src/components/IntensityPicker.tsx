import { useEffect, useId, useRef } from 'react';
import { intensityWord } from '@shared/history';
import { FieldError } from './FieldError';

interface IntensityPickerProps {
  value: number | null;
  onChange: (value: number) => void;
  error?: string;
  autoFocus?: boolean;
}

const LEVELS = Array.from({ length: 11 }, (_, level) => level);

/** Pain 0-10 as a row of numbers and a slider. Number keys are handled by the form around it. */
export function IntensityPicker({ value, onChange, error, autoFocus }: IntensityPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const levelsRef = useRef<HTMLDivElement>(null);

  // When a number key changes the level while focus is on the row, focus follows the chosen number.
  useEffect(() => {
    const levels = levelsRef.current;
    if (value === null || !levels?.contains(document.activeElement)) return;
    levels.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
  }, [value]);

  return (
    <fieldset
      className="intensity"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>How much does it hurt?</legend>
      <p className="hint">
        Type a number: 0 is no pain, 10 is the worst you can imagine.{' '}
        <span className="intensity-now" aria-live="polite">
          {value === null ? 'Not chosen yet.' : `Chosen: ${value} (${intensityWord(value)}).`}
        </span>
      </p>
      <div ref={levelsRef} className="intensity-levels" role="radiogroup" aria-label="Pain from 0 to 10">
        {LEVELS.map((level) => (
          <label key={level} className={`level level-${level}`}>
            <input
              type="radio"
              name={`${id}-level`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              data-autofocus={autoFocus && level === (value ?? 0) ? true : undefined}
            />
            <span>{level}</span>
          </label>
        ))}
      </div>
      <label className="slider-label">
        <span className="visually-hidden">Pain slider, 0 to 10</span>
        <input
          type="range"
          min={0}
          max={10}
          step={1}
          value={value ?? 0}
          aria-valuetext={value === null ? 'not chosen' : `${value}, ${intensityWord(value)}`}
          className={value === null ? 'unset' : undefined}
          onChange={(event) => onChange(Number(event.target.value))}
          onClick={(event) => onChange(Number(event.currentTarget.value))}
        />
      </label>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
