import { useState, type KeyboardEvent } from 'react';
import { calendarDayOf, localDateTimeToIso } from '@shared/dates';
import { draftFromEpisode, withTriggerKinds, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode, TriggerKind } from '@shared/model';
import { withdrawalPrefillOn } from '@shared/withdrawal';
import { TIME_ZONE } from '../../clock';
import { useWithdrawalPeriods } from '../../journal/hooks';
import { useDiscardGuard } from '../../components/DiscardGuard';
import { isSaveShortcut } from '../../shortcuts';
import { onFormPartKey } from './formKeyJump';
import { useIntensityKeys } from './useIntensityKeys';
import { useSaveEpisode } from './useSaveEpisode';

interface EpisodeFormOptions {
  initialDraft: EpisodeDraft;
  /** What counts as "nothing entered yet", for asking before discarding. */
  baseline: EpisodeDraft;
  /**
   * For an edit, the stored episode the draft was made from: the save is refused if another window
   * has changed or deleted it since. The form keeps this copy; live updates never reach the draft.
   */
  basedOn?: Episode;
  onClose: () => void;
  onSaved: (episode: Episode) => void;
  /**
   * What the form adds to the draft as it saves (the quick log's remedy before-ratings); the draft on
   * screen is left as typed.
   */
  beforeSave?: (draft: EpisodeDraft) => EpisodeDraft;
}

/**
 * What the quick log and the full editor share: the draft, saving, number keys, the Alt keys that jump to a
 * part of the form, Ctrl+Enter, discard.
 */
const FIELDS_ENTER_SUBMITS = new Set([
  'text',
  'number',
  'search',
  'date',
  'time',
  'datetime-local',
  'tel',
  'url',
  'email',
]);

function isEnterInTextField(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  const target = event.target;
  return target instanceof HTMLInputElement && FIELDS_ENTER_SUBMITS.has(target.type);
}

export function useEpisodeForm({
  initialDraft,
  baseline,
  basedOn,
  onClose,
  onSaved,
  beforeSave,
}: EpisodeFormOptions) {
  const [draft, setDraft] = useState<EpisodeDraft>(initialDraft);
  // Both move on when the person takes the other window's version into the form.
  const [currentBaseline, setBaseline] = useState<EpisodeDraft>(baseline);
  const [version, setVersion] = useState<Episode | null | undefined>(basedOn);
  const [tookOtherVersion, setTookOtherVersion] = useState(false);
  const { errors, saveError, conflict, isSaving, save, dismissConflict } = useSaveEpisode();
  const guard = useDiscardGuard(JSON.stringify(draft) !== JSON.stringify(currentBaseline), onClose);
  const onIntensityKey = useIntensityKeys((intensity) => setDraft((d) => ({ ...d, intensity })));
  const periods = useWithdrawalPeriods();

  /** Sets the trigger kinds; a new withdrawal trigger gets its day number from Settings. */
  const setTriggerKinds = (kinds: TriggerKind[]) =>
    setDraft((d) => {
      const startedAt = localDateTimeToIso(d.startedAt) ?? new Date().toISOString();
      const prefill = withdrawalPrefillOn(periods ?? [], calendarDayOf(startedAt, TIME_ZONE));
      return withTriggerKinds(d, kinds, () => crypto.randomUUID(), prefill);
    });

  const saveOver = async (over: Episode | null | undefined) => {
    if (isSaving) return;
    const episode = await save(
      beforeSave ? beforeSave(draft) : draft,
      draft.id === undefined ? undefined : over,
    );
    if (episode) onSaved(episode);
  };

  const submit = () => saveOver(version);

  /** The answers to a conflict. Each is a deliberate choice; typed text is only replaced by one. */
  const resolve = {
    /** Writes this form over what is stored now: changes made elsewhere, a delete, or a removal. */
    keepMine: () => {
      if (!conflict) return Promise.resolve();
      setVersion(conflict.stored);
      return saveOver(conflict.stored);
    },
    /** Puts the stored version into the form in place of what was typed, to look at or edit on. */
    takeTheirs: () => {
      if (!conflict?.stored) return;
      const theirs = draftFromEpisode(conflict.stored);
      setVersion(conflict.stored);
      setDraft(theirs);
      setBaseline(theirs);
      setTookOtherVersion(true);
      dismissConflict();
    },
    /** Leaves a deleted (or removed) episode as it is, and this edit with it. */
    leave: onClose,
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      void submit();
      return;
    }
    // Enter in a field would submit the whole form half-filled (a browser's implicit submission); here
    // it saves only with Ctrl+Enter, as the Save button says. Fields that use Enter themselves (adding
    // something you tried) handle it first.
    if (isEnterInTextField(event)) event.preventDefault();
    onFormPartKey(event);
    onIntensityKey(event);
  };

  return {
    draft,
    setDraft,
    setTriggerKinds,
    errors,
    saveError,
    conflict,
    // The note about the other version is about that moment; the next change makes it old news.
    showsOtherVersion: tookOtherVersion && draft === currentBaseline,
    resolve,
    isSaving,
    guard,
    submit,
    onKeyDown,
  };
}
