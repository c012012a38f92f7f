import { useState } from 'react';
import { draftFromEpisode, emptyDraft, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { EpisodeEditor } from './EpisodeEditor';

/**
 * What the episode editor opens on: a blank episode starting at `at`, a stored episode to edit, or a
 * draft the quick log handed over. Held as this, not as a draft, by the shell, so the drafts' code
 * (and the taxonomy it fills forms from) loads with the editor, not with the journal's first screen.
 */
export type EditorSource =
  { kind: 'new'; at: Date } | { kind: 'edit'; episode: Episode } | { kind: 'draft'; draft: EpisodeDraft };

interface EpisodeEditorForProps {
  source: EditorSource;
  onClose: () => void;
  onSaved: (episode: Episode) => void;
}

/** The editor for an EditorSource: the draft is made once, when it opens. */
export function EpisodeEditorFor({ source, onClose, onSaved }: EpisodeEditorForProps) {
  const [initialDraft] = useState<EpisodeDraft>(() =>
    source.kind === 'new'
      ? emptyDraft(source.at)
      : source.kind === 'edit'
        ? draftFromEpisode(source.episode)
        : source.draft,
  );
  return (
    <EpisodeEditor
      initialDraft={initialDraft}
      // An edit keeps the episode as it was opened: saving checks that no other window changed it since.
      basedOn={source.kind === 'edit' ? source.episode : undefined}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
