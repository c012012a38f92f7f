import { ownValueErrorKey } from '@shared/checkInDraft';
import type { FieldErrors } from '@shared/episodeDraft';
import type { OwnFactor } from '@shared/ownFactors';
import { SelectField, TextField } from '../../components/fields';

const YES_NO_OPTIONS = [
  { id: '1', label: 'Yes' },
  { id: '0', label: 'No' },
] as const;

interface OwnFactorFieldsProps {
  /** Active factors only: an archived one's saved value stays in the draft without a field. */
  factors: readonly OwnFactor[];
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
  onChange: (id: string, value: string) => void;
}

/** One optional field per factor of the person's own, in its kind. */
export function OwnFactorFields({ factors, values, errors, onChange }: OwnFactorFieldsProps) {
  return (
    <>
      {factors.map((factor) => {
        const value = values[factor.id] ?? '';
        const error = errors[ownValueErrorKey(factor.id)];
        if (factor.kind === 'yes-no')
          return (
            <SelectField
              key={factor.id}
              label={factor.name}
              value={value === '1' || value === '0' ? value : ''}
              options={YES_NO_OPTIONS}
              emptyLabel="Not recorded"
              onChange={(v) => onChange(factor.id, v)}
            />
          );
        return (
          <TextField
            key={factor.id}
            label={
              factor.kind === 'rating'
                ? `${factor.name} (0-10)`
                : factor.unit
                  ? `${factor.name} (${factor.unit})`
                  : factor.name
            }
            inputMode={factor.kind === 'rating' ? 'numeric' : 'decimal'}
            value={value}
            error={error}
            onChange={(v) => onChange(factor.id, v)}
          />
        );
      })}
    </>
  );
}
