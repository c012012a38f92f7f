/**
 * An episode's details in words, shared by the history card, the CSV import's preview and the report, so
 * the same entry reads the same wherever it is shown.
 */
import type { Trigger } from './model';
import {
  labelOfPosturePosition,
  labelOfTriggerKind,
  labelOfWithdrawalSubstance,
  labelOfWorkoutType,
} from './taxonomy/labels';

function triggerDetails(trigger: Trigger): (string | null)[] {
  switch (trigger.kind) {
    case 'workout':
      return [
        trigger.workoutType && labelOfWorkoutType(trigger.workoutType),
        trigger.effort === null ? null : `effort ${trigger.effort}/10`,
      ];
    case 'stress':
      return [trigger.level === null ? null : `level ${trigger.level}/10`];
    case 'withdrawal':
      return [
        trigger.substance && labelOfWithdrawalSubstance(trigger.substance),
        trigger.dayNumber === null ? null : `day ${trigger.dayNumber}`,
      ];
    case 'posture':
      return [
        trigger.position && labelOfPosturePosition(trigger.position),
        trigger.deskHours === null ? null : `${trigger.deskHours} h at a desk`,
      ];
    default:
      return [];
  }
}

/** A trigger in its parts: its kind, what the journal recorded about it, and the person's own note. */
export interface TriggerWords {
  label: string;
  /** "Weightlifting or strength training, effort 7/10": the journal's words ('' when nothing was recorded). */
  details: string;
  /** What the person typed ('' when nothing). */
  note: string;
}

export function triggerWords(trigger: Trigger): TriggerWords {
  return {
    label: labelOfTriggerKind(trigger.kind),
    details: triggerDetails(trigger)
      .filter((part): part is string => part !== null)
      .join(', '),
    note: trigger.note.trim(),
  };
}

/** The trigger's kind with what was recorded about it, and the person's note. */
export function describeTrigger(trigger: Trigger): string {
  const { label, details, note } = triggerWords(trigger);
  const inBrackets = [details, note].filter((part) => part !== '').join(', ');
  return inBrackets === '' ? label : `${label} (${inBrackets})`;
}
