import { useState, type KeyboardEvent } from 'react';
import { calendarDayOf, localDateTimeToIso } from '@shared/dates';
import { withTriggerKinds, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode, TriggerKind } from '@shared/model';
import { withdrawalPrefillOn } from '@shared/withdrawal';
import { TIME_ZONE } from '../../clock';
import { useWithdrawalPeriods } from '../../journal/hooks';
import { useDiscardGuard } from '../../components/DiscardGuard';
import { isSaveShortcut } from '../../shortcuts';
import { useIntensityKeys } from './useIntensityKeys';
import { useSaveEpisode } from './useSaveEpisode';

interface EpisodeFormOptions {
  initialDraft: EpisodeDraft;
  /** What counts as "nothing entered yet", for asking before discarding. */
  baseline: EpisodeDraft;
  onClose: () => void;
  onSaved: (episode: Episode) => void;
}

/** What the quick log and the full editor share: the draft, saving, number keys, Ctrl+Enter, discard. */
export function useEpisodeForm({ initialDraft, baseline, onClose, onSaved }: EpisodeFormOptions) {
  const [draft, setDraft] = useState<EpisodeDraft>(initialDraft);
  const { errors, saveError, isSaving, save } = useSaveEpisode();
  const guard = useDiscardGuard(JSON.stringify(draft) !== JSON.stringify(baseline), onClose);
  const onIntensityKey = useIntensityKeys((intensity) => setDraft((d) => ({ ...d, intensity })));
  const periods = useWithdrawalPeriods();

  /** Sets the trigger kinds; a new withdrawal trigger gets its day number from Settings. */
  const setTriggerKinds = (kinds: TriggerKind[]) =>
    setDraft((d) => {
      const startedAt = localDateTimeToIso(d.startedAt) ?? new Date().toISOString();
      const prefill = withdrawalPrefillOn(periods ?? [], calendarDayOf(startedAt, TIME_ZONE));
      return withTriggerKinds(d, kinds, () => crypto.randomUUID(), prefill);
    });

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

  return { draft, setDraft, setTriggerKinds, errors, saveError, isSaving, guard, submit, onKeyDown };
}
