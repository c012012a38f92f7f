import type { FieldErrors, TriggerDraft } from '@shared/episodeDraft';
import {
  POSTURE_POSITIONS,
  WITHDRAWAL_SUBSTANCES,
  WORKOUT_TYPES,
  labelOfTriggerKind,
} from '@shared/taxonomy';
import type { PosturePositionId, WithdrawalSubstanceId, WorkoutTypeId } from '@shared/taxonomy/triggers';
import { TextField, SelectField } from '../../components/fields';

interface TriggerFieldsProps {
  trigger: TriggerDraft;
  path: string;
  errors: FieldErrors;
  onChange: (trigger: TriggerDraft) => void;
  onRemove: () => void;
}

/** The details each kind of trigger asks for; every one may be left empty. */
export function TriggerFields({ trigger, path, errors, onChange, onRemove }: TriggerFieldsProps) {
  const label = labelOfTriggerKind(trigger.kind);
  const set = (patch: Partial<TriggerDraft>) => onChange({ ...trigger, ...patch });
  return (
    <fieldset className="detail-row">
      <legend>{label}</legend>
      {trigger.kind === 'workout' && (
        <>
          <SelectField
            label="Type of workout"
            value={trigger.workoutType}
            options={WORKOUT_TYPES}
            onChange={(workoutType: WorkoutTypeId | '') => set({ workoutType })}
          />
          <TextField
            label="Effort (0-10)"
            inputMode="numeric"
            value={trigger.effort}
            error={errors[`${path}.effort`]}
            onChange={(effort) => set({ effort })}
          />
        </>
      )}
      {trigger.kind === 'stress' && (
        <TextField
          label="Stress level (0-10)"
          inputMode="numeric"
          value={trigger.level}
          error={errors[`${path}.level`]}
          onChange={(level) => set({ level })}
        />
      )}
      {trigger.kind === 'withdrawal' && (
        <>
          <SelectField
            label="Stopping"
            value={trigger.substance}
            options={WITHDRAWAL_SUBSTANCES}
            onChange={(substance: WithdrawalSubstanceId | '') => set({ substance })}
          />
          <TextField
            label="Day number"
            inputMode="numeric"
            value={trigger.dayNumber}
            error={errors[`${path}.dayNumber`]}
            onChange={(dayNumber) => set({ dayNumber })}
          />
        </>
      )}
      {trigger.kind === 'posture' && (
        <>
          <TextField
            label="Desk or screen hours today"
            inputMode="decimal"
            value={trigger.deskHours}
            error={errors[`${path}.deskHours`]}
            onChange={(deskHours) => set({ deskHours })}
          />
          <SelectField
            label="Position"
            value={trigger.position}
            options={POSTURE_POSITIONS}
            onChange={(position: PosturePositionId | '') => set({ position })}
          />
        </>
      )}
      <TextField
        label={trigger.kind === 'other' ? 'What was it?' : 'Note'}
        value={trigger.note}
        error={errors[`${path}.note`]}
        onChange={(note) => set({ note })}
      />
      <button type="button" className="quiet" onClick={onRemove} aria-label={`Remove ${label}`}>
        Remove
      </button>
    </fieldset>
  );
}
