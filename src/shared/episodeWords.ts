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
} from './taxonomy';

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

/** The trigger's kind with what was recorded about it, and the person's note. */
export function describeTrigger(trigger: Trigger): string {
  const details = [...triggerDetails(trigger), trigger.note.trim() || null].filter(
    (part): part is string => part !== null,
  );
  const label = labelOfTriggerKind(trigger.kind);
  return details.length === 0 ? label : `${label} (${details.join(', ')})`;
}
