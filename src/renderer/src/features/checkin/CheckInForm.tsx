import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SLEEP_QUALITY_LEVELS, type CheckIn } from '@shared/checkIns';
import { checkInDraftFor, validateCheckInDraft, type CheckInDraft } from '@shared/checkInDraft';
import { checkInLabels } from '@shared/checkInLabels';
import { activeOwnFactors } from '@shared/ownFactors';
import type { FieldErrors } from '@shared/episodeDraft';
import type { Settings } from '@shared/settings';
import { WITHDRAWAL_SUBSTANCES, WORKOUT_TYPES } from '@shared/taxonomy';
import { withdrawalPrefillOn, type WithdrawalPeriod } from '@shared/withdrawal';
import { SelectField, TextField } from '../../components/fields';
import { TIME_ZONE } from '../../clock';
import { CheckInConflict, saveCheckIn } from '../../journal/checkIns';
import { useJournal } from '../../journal/JournalContext';
import { useOwnFactors } from '../../journal/hooks';
import { describeSaveError } from '../../journal/saveErrors';
import { SHORTCUT_LABELS, isSaveShortcut } from '../../shortcuts';
import { ConflictNotice } from '../log/ConflictNotice';
import { checkInConflictWords } from '../log/conflictMessage';
import { OwnFactorFields } from './OwnFactorFields';

interface CheckInFormProps {
  day: string;
  today: string;
  saved: CheckIn | undefined;
  settings: Settings;
  periods: readonly WithdrawalPeriod[];
  onSaved: (checkIn: CheckIn) => void;
}

const WORKOUT_OPTIONS = [{ id: 'none' as const, label: 'No workout' }, ...WORKOUT_TYPES];
const SLEEP_OPTIONS = SLEEP_QUALITY_LEVELS.map((level) => ({ id: String(level.value), label: level.label }));

/**
 * The daily check-in: every field optional, all reachable with Tab, saved with Ctrl+Enter. An empty
 * field is stored as "not recorded", never as 0.
 */
export function CheckInForm({ day, today, saved, settings, periods, onSaved }: CheckInFormProps) {
  const db = useJournal();
  const ownFactors = useOwnFactors();
  const labels = checkInLabels(day, today);
  const [draft, setDraft] = useState<CheckInDraft>(() =>
    checkInDraftFor(day, saved, settings.waterUnit, withdrawalPrefillOn(periods, day)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  // The check-in as this form loaded it: the list below follows other windows' saves, the form does not,
  // so a save over a version changed elsewhere asks first.
  const [basedOn, setBasedOn] = useState<CheckIn | null>(saved ?? null);
  const [conflict, setConflict] = useState<CheckInConflict | null>(null);
  const firstFieldRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    firstFieldRef.current?.querySelector('input')?.focus();
  }, []);

  const set = (patch: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (over: CheckIn | null = basedOn) => {
    const result = validateCheckInDraft(draft, {
      today,
      waterUnit: settings.waterUnit,
      ownFactors: ownFactors ?? [],
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    try {
      const checkIn = await saveCheckIn(db, result.value, new Date(), { basedOn: over });
      setBasedOn(checkIn);
      setConflict(null);
      setSaveError(null);
      onSaved(checkIn);
    } catch (error) {
      if (error instanceof CheckInConflict) {
        setSaveError(null);
        setConflict(error);
        return;
      }
      console.error('Saving a check-in failed', error);
      setSaveError(describeSaveError(error));
    }
  };

  /** Puts the other window's check-in in the form in place of what was typed: the person chose it. */
  const takeTheirs = (theirs: CheckIn) => {
    setDraft(checkInDraftFor(day, theirs, settings.waterUnit, withdrawalPrefillOn(periods, day)));
    setBasedOn(theirs);
    setConflict(null);
    firstFieldRef.current?.querySelector('input')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!isSaveShortcut(event)) return;
    event.preventDefault();
    void submit();
  };

  const errorCount = Object.keys(errors).length;
  const waterLabel = settings.waterUnit === 'glasses' ? 'Water (glasses)' : 'Water (litres)';

  return (
    <form
      className="check-in-form"
      aria-label={`Check-in for ${day}`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="hint">
        Leave anything you don’t know empty: it is kept as “not recorded”, which is different from 0.
      </p>
      {errorCount > 0 && (
        <p className="form-summary" role="alert">
          {errorCount === 1 ? 'One thing needs a look' : `${errorCount} things need a look`} before this can
          be saved. Everything you entered is still here.
        </p>
      )}
      <div className="check-in-grid">
        <div ref={firstFieldRef}>
          <TextField
            label={labels.overallPain}
            inputMode="numeric"
            value={draft.overallPain}
            error={errors.overallPain}
            onChange={(overallPain) => set({ overallPain })}
          />
        </div>
        <TextField
          label={labels.sleepHours}
          inputMode="decimal"
          value={draft.sleepHours}
          error={errors.sleepHours}
          onChange={(sleepHours) => set({ sleepHours })}
        />
        <SelectField
          label="How well you slept"
          value={draft.sleepQuality}
          options={SLEEP_OPTIONS}
          onChange={(sleepQuality) => set({ sleepQuality })}
        />
        <TextField
          label={waterLabel}
          inputMode="decimal"
          value={draft.water}
          error={errors.water}
          onChange={(water) => set({ water })}
        />
        <TextField
          label="Stress (0-10)"
          inputMode="numeric"
          value={draft.stress}
          error={errors.stress}
          onChange={(stress) => set({ stress })}
        />
        <TextField
          label={labels.mood}
          inputMode="numeric"
          value={draft.mood}
          error={errors.mood}
          onChange={(mood) => set({ mood })}
        />
        <TextField
          label={labels.energy}
          inputMode="numeric"
          value={draft.energy}
          error={errors.energy}
          onChange={(energy) => set({ energy })}
        />
        <TextField
          label="Desk or screen hours"
          inputMode="decimal"
          value={draft.deskHours}
          error={errors.deskHours}
          onChange={(deskHours) => set({ deskHours })}
        />
        <SelectField
          label="Workout"
          value={draft.workout}
          options={WORKOUT_OPTIONS}
          onChange={(workout) => set({ workout })}
        />
        <TextField
          label="Workout effort (0-10)"
          inputMode="numeric"
          value={draft.workoutEffort}
          error={errors.workoutEffort}
          onChange={(workoutEffort) => set({ workoutEffort })}
        />
        <SelectField
          label="Stopping a substance"
          value={draft.withdrawalSubstance}
          options={WITHDRAWAL_SUBSTANCES}
          onChange={(withdrawalSubstance) => set({ withdrawalSubstance })}
        />
        <TextField
          label="Withdrawal day"
          inputMode="numeric"
          value={draft.withdrawalDay}
          error={errors.withdrawalDay}
          hint={periods.length > 0 ? 'Filled in from your quit date in Settings.' : undefined}
          onChange={(withdrawalDay) => set({ withdrawalDay })}
        />
        <OwnFactorFields
          factors={activeOwnFactors(ownFactors ?? [])}
          values={draft.ownValues}
          errors={errors}
          onChange={(id, value) => setDraft((d) => ({ ...d, ownValues: { ...d.ownValues, [id]: value } }))}
        />
      </div>
      <TextField
        label="Notes"
        value={draft.notes}
        error={errors.notes}
        onChange={(notes) => set({ notes })}
      />
      {saveError && (
        <p className="save-error" role="alert">
          {saveError}
        </p>
      )}
      {conflict ? (
        <ConflictNotice
          words={checkInConflictWords(conflict, TIME_ZONE)}
          conflict={conflict}
          isSaving={false}
          onKeepMine={() => void submit(conflict.stored)}
          onOther={() => takeTheirs(conflict.stored)}
        />
      ) : (
        <button type="submit" className="primary">
          Save check-in <kbd>{SHORTCUT_LABELS.save}</kbd>
        </button>
      )}
    </form>
  );
}
