import { useCallback, useState } from 'react';
import { localDateTimeToIso } from '@shared/dates';
import { validateEpisodeDraft, type EpisodeDraft, type FieldErrors } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { saveEpisode } from '../../journal/episodes';
import { useJournal } from '../../journal/JournalContext';
import { describeSaveError } from '../../journal/saveErrors';

export interface SaveState {
  errors: FieldErrors;
  /** A problem with saving itself (not with a field), e.g. a full disk. */
  saveError: string | null;
  isSaving: boolean;
  save: (draft: EpisodeDraft) => Promise<Episode | null>;
}

/** Validates and saves a draft. On any failure the draft is untouched, so nothing typed is lost. */
export function useSaveEpisode(): SaveState {
  const db = useJournal();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const save = useCallback(
    async (draft: EpisodeDraft) => {
      const result = validateEpisodeDraft(draft, { now: new Date(), toIso: localDateTimeToIso });
      if (!result.ok) {
        setErrors(result.errors);
        setSaveError(null);
        return null;
      }
      setErrors({});
      setIsSaving(true);
      try {
        const episode = await saveEpisode(db, result.value, {
          now: new Date(),
          newId: () => crypto.randomUUID(),
        });
        setSaveError(null);
        return episode;
      } catch (error) {
        console.error('Saving an episode failed', error);
        setSaveError(describeSaveError(error));
        return null;
      } finally {
        setIsSaving(false);
      }
    },
    [db],
  );

  return { errors, saveError, isSaving, save };
}
