import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FormKeyId } from '@shared/formKeys';
import { formKey } from '@shared/formKeys';
import { rovingIndex } from '@shared/rovingFocus';
import { KeyHint } from './KeyHint';

interface ToggleOption<T extends string> {
  id: T;
  label: string;
}

interface ToggleGroupProps<T extends string> {
  legend: string;
  options: readonly ToggleOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  hint?: string;
  /** The form key that jumps here (Alt+K, …), shown by the legend. */
  formKeyId?: FormKeyId;
}

/**
 * A labelled row of on/off buttons: quicker than checkboxes with a mouse. By keyboard the row is one stop
 * for Tab, so a form of several rows is not dozens of stops: the arrow keys move along it and Space or
 * Enter ticks, as on the body figure.
 */
export function ToggleGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  hint,
  formKeyId,
}: ToggleGroupProps<T>) {
  const legendId = useId();
  // The row's one tab stop: the toggle last moved to, or the first one ticked.
  const [current, setCurrent] = useState<T | undefined>(
    () => options.find((option) => selected.includes(option.id))?.id ?? options[0]?.id,
  );
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const stop = options.some((option) => option.id === current) ? current : options[0]?.id;

  const toggle = (id: T) => {
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const next = rovingIndex(event.key, index, options.length);
    const option = next === null ? undefined : options[next];
    if (option === undefined) return;
    event.preventDefault();
    setCurrent(option.id);
    buttons.current.get(option.id)?.focus();
  };

  return (
    <fieldset className="toggle-group" data-form-key={formKeyId}>
      <legend id={legendId}>
        {legend}
        {formKeyId && <KeyHint id={formKeyId} />}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="toggles" role="toolbar" aria-labelledby={legendId}>
        {options.map((option, index) => (
          <button
            key={option.id}
            ref={(element) => {
              if (element) buttons.current.set(option.id, element);
              else buttons.current.delete(option.id);
            }}
            type="button"
            className="toggle"
            aria-pressed={selected.includes(option.id)}
            tabIndex={option.id === stop ? 0 : -1}
            aria-keyshortcuts={formKeyId && option.id === stop ? formKey(formKeyId).accelerator : undefined}
            onClick={() => toggle(option.id)}
            onFocus={() => setCurrent(option.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
