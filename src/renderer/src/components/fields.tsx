import { useId, type HTMLAttributes } from 'react';
import { FieldError } from './FieldError';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'datetime-local' | 'search';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  hint?: string;
}

/** A labelled input whose error sits right below it and is announced with it. */
export function TextField({ label, value, onChange, error, type = 'text', inputMode, hint }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly { id: T; label: string }[];
  onChange: (value: T | '') => void;
  emptyLabel?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  emptyLabel,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.id === event.target.value);
          onChange(chosen ? chosen.id : '');
        }}
      >
        <option value="">{emptyLabel ?? 'Not recorded'}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
