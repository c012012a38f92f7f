import type { FieldErrors, RemedyDraft } from '@shared/episodeDraft';
import { labelOfRemedy } from '@shared/taxonomy';
import { TextField } from '../../components/fields';

interface QuickRemedyRatingsProps {
  remedies: readonly RemedyDraft[];
  errors: FieldErrors;
  onChange: (index: number, remedy: RemedyDraft) => void;
  /** What happens to a rating left empty (laterRatingNote); null while the settings load. */
  laterNote: string | null;
}

/**
 * For each remedy ticked in the quick log, how it went: pain after and when, both optional. "Before" is
 * the pain chosen at the top, so it is not asked again.
 */
export function QuickRemedyRatings({ remedies, errors, onChange, laterNote }: QuickRemedyRatingsProps) {
  if (remedies.length === 0) return null;
  const hasUnrated = remedies.some((remedy) => remedy.painAfter.trim() === '');
  return (
    <div className="quick-remedy-ratings">
      <p className="hint">How did it go? Before is the pain you chose above.</p>
      {remedies.map((remedy, index) => {
        const path = `remedies.${index}`;
        const set = (patch: Partial<RemedyDraft>) => onChange(index, { ...remedy, ...patch });
        return (
          <fieldset key={remedy.id} className="detail-row">
            <legend>{labelOfRemedy(remedy.kind)}</legend>
            <TextField
              label="Pain after (0-10)"
              inputMode="numeric"
              value={remedy.painAfter}
              error={errors[`${path}.painAfter`]}
              onChange={(painAfter) => set({ painAfter })}
            />
            <TextField
              label="After how many minutes"
              inputMode="numeric"
              value={remedy.minutesAfter}
              error={errors[`${path}.minutesAfter`]}
              onChange={(minutesAfter) => set({ minutesAfter })}
            />
          </fieldset>
        );
      })}
      {hasUnrated && laterNote !== null && <p className="hint">{laterNote}</p>}
    </div>
  );
}
