import { useState } from 'react';
import { localDateTimeToIso } from '@shared/dates';
import { emptyDraft, withQualities, withRemedyKinds, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { laterRatingNote, withRatedRemediesBefore } from '@shared/quickRemedies';
import { formKey, formKeyFromEvent } from '@shared/formKeys';
import { withQuickStart, type QuickStartId } from '@shared/quickStart';
import { PAIN_QUALITIES, TRIGGER_KINDS, labelOfRemedy } from '@shared/taxonomy';
import { TIME_ZONE, useNow } from '../../clock';
import { Dialog } from '../../components/Dialog';
import { IntensityPicker } from '../../components/IntensityPicker';
import { BodyPicker } from '../../components/BodyPicker';
import { KeyHint } from '../../components/KeyHint';
import { ToggleGroup } from '../../components/ToggleGroup';
import { useSettings } from '../../journal/hooks';
import { isMac } from '../../shortcuts';
import { FormActions } from './FormActions';
import { QuickRemedyRatings } from './QuickRemedyRatings';
import { QuickStartPicker } from './QuickStartPicker';
import { RedFlagChecks } from './RedFlagChecks';
import { QUICK_REMEDIES } from './quickPicks';
import { useEpisodeForm } from './useEpisodeForm';
import { useQuickStartKeys } from './useQuickStartKeys';

interface QuickLogProps {
  onClose: () => void;
  onSaved: (episode: Episode) => void;
  onMoreDetails: (draft: EpisodeDraft) => void;
}

const QUALITY_OPTIONS = PAIN_QUALITIES.map((q) => ({ id: q.id, label: q.label }));
const TRIGGER_OPTIONS = TRIGGER_KINDS.map((t) => ({ id: t.id, label: t.label }));
const REMEDY_OPTIONS = QUICK_REMEDIES.map((id) => ({ id, label: labelOfRemedy(id) }));
const newId = () => crypto.randomUUID();

/**
 * Logging made for a desk: type a number, press Ctrl+Enter. A letter moves the start back (N, F, T, H,
 * M); everything else is optional toggles, and ticked remedies can be rated here. The full editor takes
 * over for other times, details and notes without losing what was chosen here.
 */
export function QuickLog({ onClose, onSaved, onMoreDetails }: QuickLogProps) {
  const [blank] = useState<EpisodeDraft>(() => emptyDraft(new Date()));
  const form = useEpisodeForm({
    initialDraft: blank,
    baseline: blank,
    onClose,
    onSaved,
    beforeSave: withRatedRemediesBefore,
  });
  const { draft, setDraft } = form;
  const [start, setStart] = useState<QuickStartId>('now');
  const now = useNow();
  const settings = useSettings();

  // Each choice counts back from the moment it is made, as "now" in the draft did when the form opened.
  const chooseStart = (id: QuickStartId) => {
    setStart(id);
    setDraft((d) => withQuickStart(d, id, new Date(), TIME_ZONE));
  };
  const onStartKey = useQuickStartKeys(chooseStart);
  const moreDetails = () => onMoreDetails(withRatedRemediesBefore(draft));
  const startIso = localDateTimeToIso(draft.startedAt);
  const laterNote =
    settings === undefined
      ? null
      : laterRatingNote({
          startedAt: startIso,
          intensity: draft.intensity,
          now,
          timeZone: TIME_ZONE,
          reminders: settings.reminders,
        });

  return (
    <Dialog
      title="Log pain"
      onClose={form.guard.requestClose}
      onKeyDown={(event) => {
        if (formKeyFromEvent(event, isMac) === 'more-details') {
          event.preventDefault();
          moreDetails();
          return;
        }
        form.onKeyDown(event);
        onStartKey(event);
      }}
      className="quick-log"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <IntensityPicker
          value={draft.intensity}
          error={form.errors.intensity}
          autoFocus
          onChange={(intensity) => setDraft((d) => ({ ...d, intensity }))}
        />
        <QuickStartPicker
          value={start}
          onChange={chooseStart}
          startIso={startIso}
          now={now}
          error={form.errors.startedAt}
        />
        <details
          className="quick-more"
          onToggle={(event) => {
            // In a short window the figure would open below the Save bar, out of sight: bring it into view
            // (the dialog's scroll padding keeps it clear of the bar). Where it already shows, nothing moves.
            if (event.currentTarget.open)
              event.currentTarget.querySelector('.body-picker')?.scrollIntoView({ block: 'nearest' });
          }}
        >
          {/* Alt+B opens these and lands on the figure, so the closed summary shows that key (the others
              show on their rows once open). */}
          <summary aria-keyshortcuts={formKey('where').accelerator}>
            Where, what kind, what was going on, what you tried (optional)
            <KeyHint id="where" />
          </summary>
          <BodyPicker
            legend="Where"
            formKeyId="where"
            selected={draft.regions}
            onChange={(regions) => setDraft((d) => ({ ...d, regions }))}
          />
          <ToggleGroup
            legend="What it feels like"
            formKeyId="feels"
            options={QUALITY_OPTIONS}
            selected={draft.qualities}
            onChange={(qualities) => setDraft((d) => withQualities(d, qualities))}
          />
          <ToggleGroup
            legend="What was going on"
            formKeyId="going-on"
            options={TRIGGER_OPTIONS}
            selected={draft.triggers.map((t) => t.kind)}
            onChange={form.setTriggerKinds}
          />
          <ToggleGroup
            legend="What you tried"
            formKeyId="tried"
            options={REMEDY_OPTIONS}
            selected={draft.remedies.map((r) => r.kind)}
            onChange={(kinds) => setDraft((d) => withRemedyKinds(d, kinds, newId))}
          />
          <QuickRemedyRatings
            remedies={draft.remedies}
            errors={form.errors}
            laterNote={laterNote}
            onChange={(index, remedy) =>
              setDraft((d) => ({ ...d, remedies: d.remedies.map((r, i) => (i === index ? remedy : r)) }))
            }
          />
          <RedFlagChecks
            selected={draft.redFlags}
            onChange={(redFlags) => setDraft((d) => ({ ...d, redFlags }))}
          />
        </details>
        <FormActions
          isSaving={form.isSaving}
          saveError={form.saveError}
          guard={form.guard}
          onDiscard={onClose}
        >
          <button type="button" onClick={moreDetails} aria-keyshortcuts={formKey('more-details').accelerator}>
            More details…
            <KeyHint id="more-details" />
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
