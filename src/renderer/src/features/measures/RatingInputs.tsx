import { MESSAGES, parseWholeNumber, type FieldErrors } from '@shared/episodeDraft';
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
