import { useCallback, useState } from 'react';
import { localDateTimeToIso } from '@shared/dates';
import { validateEpisodeDraft, type EpisodeDraft, type FieldErrors } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { EpisodeConflict } from '../../journal/episodeConflict';
import { saveEpisode } from '../../journal/episodes';
import { useJournal } from '../../journal/JournalContext';
import { describeSaveError } from '../../journal/saveErrors';

export interface SaveState {
  errors: FieldErrors;
  /** A problem with saving itself (not with a field), e.g. a full disk. */
  saveError: string | null;
  /** Another window changed or deleted the episode since the form loaded it; nothing was written. */
  conflict: EpisodeConflict | null;
  isSaving: boolean;
  /**
   * `basedOn`: the stored version this edit is made on (see SaveOptions); left out for a new episode.
   */
  save: (draft: EpisodeDraft, basedOn?: Episode | null) => Promise<Episode | null>;
  dismissConflict: () => void;
}

/** Validates and saves a draft. On any failure the draft is untouched, so nothing typed is lost. */
export function useSaveEpisode(): SaveState {
  const db = useJournal();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EpisodeConflict | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const save = useCallback(
    async (draft: EpisodeDraft, basedOn?: Episode | null) => {
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
          basedOn,
        });
        setSaveError(null);
        setConflict(null);
        return episode;
      } catch (error) {
        if (error instanceof EpisodeConflict) {
          setSaveError(null);
          setConflict(error);
          return null;
        }
        console.error('Saving an episode failed', error);
        setSaveError(describeSaveError(error));
        return null;
      } finally {
        setIsSaving(false);
      }
    },
    [db],
  );

  const dismissConflict = useCallback(() => setConflict(null), []);

  return { errors, saveError, conflict, isSaving, save, dismissConflict };
}
