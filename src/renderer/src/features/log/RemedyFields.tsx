import type { FieldErrors, RemedyDraft } from '@shared/episodeDraft';
import { remedyById } from '@shared/taxonomy';
import { TextField } from '../../components/fields';

interface RemedyFieldsProps {
  remedy: RemedyDraft;
  path: string;
  errors: FieldErrors;
  onChange: (remedy: RemedyDraft) => void;
  onRemove: () => void;
}

/** Pain before and after a remedy: what later shows whether it helped. */
export function RemedyFields({ remedy, path, errors, onChange, onRemove }: RemedyFieldsProps) {
  const entry = remedyById(remedy.kind);
  const set = (patch: Partial<RemedyDraft>) => onChange({ ...remedy, ...patch });
  return (
    <fieldset className="detail-row" data-remedy-id={remedy.id}>
      <legend>{entry.label}</legend>
      {entry.isMedication && (
        <>
          <TextField
            label="Name (as on the pack)"
            value={remedy.medicationName}
            error={errors[`${path}.medicationName`]}
            onChange={(medicationName) => set({ medicationName })}
          />
          <TextField
            label="Dose"
            value={remedy.dose}
            error={errors[`${path}.dose`]}
            onChange={(dose) => set({ dose })}
          />
        </>
      )}
      <TextField
        label="Pain before (0-10)"
        inputMode="numeric"
        value={remedy.painBefore}
        error={errors[`${path}.painBefore`]}
        onChange={(painBefore) => set({ painBefore })}
      />
      <TextField
        label="Pain after (0-10)"
        inputMode="numeric"
        value={remedy.painAfter}
        error={errors[`${path}.painAfter`]}
        onChange={(painAfter) => set({ painAfter })}
      />
      <TextField
        label="Minutes after"
        inputMode="numeric"
        value={remedy.minutesAfter}
        error={errors[`${path}.minutesAfter`]}
        onChange={(minutesAfter) => set({ minutesAfter })}
      />
      <button type="button" className="quiet" onClick={onRemove} aria-label={`Remove ${entry.label}`}>
        Remove
      </button>
    </fieldset>
  );
}
