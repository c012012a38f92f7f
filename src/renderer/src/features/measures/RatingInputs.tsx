import { useState, type ReactNode } from 'react';
import { MESSAGES, parseWholeNumber, type FieldErrors } from '@shared/episodeDraft';
import { describeSaveError } from '../../journal/saveErrors';
import { TextField } from '../../components/fields';

export interface RatingItem {
  id: string;
  label: string;
  hint?: string;
}

interface RatingInputsProps {
  items: readonly RatingItem[];
  values: Record<string, string>;
  errors: FieldErrors;
  onChange: (id: string, value: string) => void;
}

/** A column of 0-10 fields, each labelled with what is being rated. */
export function RatingInputs({ items, values, errors, onChange }: RatingInputsProps) {
  return (
    <div className="rating-inputs">
      {items.map((item) => (
        <TextField
          key={item.id}
          label={item.label}
          hint={item.hint}
          inputMode="numeric"
          value={values[item.id] ?? ''}
          error={errors[item.id]}
          onChange={(value) => onChange(item.id, value)}
        />
      ))}
    </div>
  );
}

/** Every item must be rated 0-10 (a measure with a gap cannot be scored). */
export function readRatings(
  items: readonly RatingItem[],
  values: Record<string, string>,
): { ok: true; scores: Record<string, number> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const scores: Record<string, number> = {};
  for (const item of items) {
    const score = parseWholeNumber(values[item.id] ?? '', 0, 10);
    if (score === null || score === undefined) errors[item.id] = MESSAGES.ratingRequired;
    else scores[item.id] = score;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, scores };
}

interface RatingFormProps {
  label: string;
  items: readonly RatingItem[];
  submitLabel: string;
  /** Saves the scores; throws when saving fails (the message is shown and nothing typed is lost). */
  onSave: (scores: Record<string, number>) => Promise<void>;
  /** Buttons after the submit button. */
  children?: ReactNode;
}

/** A PSFS or PEG-3 rating: every item 0-10, checked, then saved; the fields clear once it is saved. */
export function RatingForm({ label, items, submitLabel, onSave, children }: RatingFormProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = async () => {
    const result = readRatings(items, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    try {
      await onSave(result.scores);
      setValues({});
      setSaveError(null);
    } catch (error) {
      console.error('Saving a rating failed', error);
      setSaveError(describeSaveError(error));
    }
  };

  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <RatingInputs
        items={items}
        values={values}
        errors={errors}
        onChange={(id, value) => setValues((v) => ({ ...v, [id]: value }))}
      />
      {saveError && (
        <p className="save-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
