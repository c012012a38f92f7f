import { useState, type KeyboardEvent } from 'react';
import { emptyDraft, newRemedyDraft, newTriggerDraft, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode, TriggerKind } from '@shared/model';
import { BODY_REGIONS, PAIN_QUALITIES, TRIGGER_KINDS, labelOfRemedy } from '@shared/taxonomy';
import type { RemedyId } from '@shared/taxonomy/remedies';
import { Dialog } from '../../components/Dialog';
import { DiscardBar, useDiscardGuard } from '../../components/DiscardGuard';
import { IntensityPicker } from '../../components/IntensityPicker';
import { ToggleGroup } from '../../components/ToggleGroup';
import { SHORTCUT_LABELS, isSaveShortcut } from '../../shortcuts';
import { QUICK_REMEDIES } from './quickPicks';
import { useIntensityKeys } from './useIntensityKeys';
import { useSaveEpisode } from './useSaveEpisode';

interface QuickLogProps {
  onClose: () => void;
  onSaved: (episode: Episode) => void;
  onMoreDetails: (draft: EpisodeDraft) => void;
}

const REGION_OPTIONS = BODY_REGIONS.map((r) => ({ id: r.id, label: r.shortLabel }));
const QUALITY_OPTIONS = PAIN_QUALITIES.map((q) => ({ id: q.id, label: q.label }));
const TRIGGER_OPTIONS = TRIGGER_KINDS.map((t) => ({ id: t.id, label: t.label }));
const REMEDY_OPTIONS = QUICK_REMEDIES.map((id) => ({ id, label: labelOfRemedy(id) }));

/**
 * Logging made for a desk: type a number, press Ctrl+Enter. Everything else is optional toggles; the
 * full editor takes over for times, details and notes without losing what was chosen here.
 */
export function QuickLog({ onClose, onSaved, onMoreDetails }: QuickLogProps) {
  const [initialDraft] = useState<EpisodeDraft>(() => emptyDraft(new Date()));
  const [draft, setDraft] = useState<EpisodeDraft>(initialDraft);
  const { errors, saveError, isSaving, save } = useSaveEpisode();
  const guard = useDiscardGuard(JSON.stringify(draft) !== JSON.stringify(initialDraft), onClose);
  const onIntensityKey = useIntensityKeys((intensity) => setDraft((d) => ({ ...d, intensity })));

  const submit = async () => {
    if (isSaving) return;
    const episode = await save(draft);
    if (episode) onSaved(episode);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      void submit();
      return;
    }
    onIntensityKey(event);
  };

  const triggerKinds = draft.triggers.map((t) => t.kind);
  const remedyKinds = draft.remedies.map((r) => r.kind);

  return (
    <Dialog title="Log pain" onClose={guard.requestClose} onKeyDown={onKeyDown} className="quick-log">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <IntensityPicker
          value={draft.intensity}
          error={errors.intensity}
          autoFocus
          onChange={(intensity) => setDraft((d) => ({ ...d, intensity }))}
        />
        <details className="quick-more">
          <summary>Where, what kind, what was going on, what you tried (optional)</summary>
          <ToggleGroup
            legend="Where"
            options={REGION_OPTIONS}
            selected={draft.regions}
            onChange={(regions) => setDraft((d) => ({ ...d, regions }))}
          />
          <ToggleGroup
            legend="What it feels like"
            options={QUALITY_OPTIONS}
            selected={draft.qualities}
            onChange={(qualities) => setDraft((d) => ({ ...d, qualities }))}
          />
          <ToggleGroup
            legend="What was going on"
            options={TRIGGER_OPTIONS}
            selected={triggerKinds}
            onChange={(kinds: TriggerKind[]) =>
              setDraft((d) => ({
                ...d,
                triggers: kinds.map(
                  (kind) =>
                    d.triggers.find((t) => t.kind === kind) ?? newTriggerDraft(kind, crypto.randomUUID()),
                ),
              }))
            }
          />
          <ToggleGroup
            legend="What you tried"
            options={REMEDY_OPTIONS}
            selected={remedyKinds}
            onChange={(kinds: RemedyId[]) =>
              setDraft((d) => ({
                ...d,
                remedies: kinds.map(
                  (kind) =>
                    d.remedies.find((r) => r.kind === kind) ?? newRemedyDraft(kind, crypto.randomUUID()),
                ),
              }))
            }
          />
        </details>
        {saveError && (
          <p className="save-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="dialog-actions">
          {guard.isConfirming ? (
            <DiscardBar onKeepEditing={guard.keepEditing} onDiscard={onClose} />
          ) : (
            <>
              <button type="submit" className="primary" disabled={isSaving}>
                Save <kbd>{SHORTCUT_LABELS.save}</kbd>
              </button>
              <button type="button" onClick={() => onMoreDetails(draft)}>
                More details…
              </button>
              <button type="button" className="quiet" onClick={guard.requestClose}>
                Cancel
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}
