/**
 * The episode form's state and its validation. A draft holds exactly what the person typed (strings),
 * so a rejected form never loses anything; validation turns it into an EpisodeInput or into messages
 * keyed by field, written for the person, not the programmer.
 */
import { isoToLocalDateTime } from './dates';
import type { EpisodeInput, Episode, RemedyTried, Trigger, TriggerKind } from './model';
import { MAX_MINUTES_AFTER, MAX_NOTES_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_WITHDRAWAL_DAY } from './model';
import type { BodyRegionId } from './taxonomy/regions';
import type { PainQualityId } from './taxonomy/qualities';
import type { RedFlagId } from './taxonomy/redFlags';
import type { RemedyId } from './taxonomy/remedies';
import type { PosturePositionId, WithdrawalSubstanceId, WorkoutTypeId } from './taxonomy/triggers';
import { redFlagForQuality, remedyById } from './taxonomy';
import type { WithdrawalPrefill } from './withdrawal';

/** How far in the future a time may be, allowing for a clock that runs a little fast. */
export const FUTURE_TOLERANCE_MINUTES = 5;
/** Longer spells are logged as one episode a day, so daily patterns stay visible. */
export const MAX_EPISODE_DAYS = 7;

export interface TriggerDraft {
  id: string;
  kind: TriggerKind;
  note: string;
  workoutType: WorkoutTypeId | '';
  effort: string;
  level: string;
  substance: WithdrawalSubstanceId | '';
  dayNumber: string;
  deskHours: string;
  position: PosturePositionId | '';
}

export interface RemedyDraft {
  id: string;
  kind: RemedyId;
  medicationName: string;
  dose: string;
  painBefore: string;
  painAfter: string;
  minutesAfter: string;
}

export interface EpisodeDraft {
  /** Present when editing an existing episode. */
  id?: string;
  intensity: number | null;
  /** datetime-local values, wall-clock time on this machine. */
  startedAt: string;
  endedAt: string;
  regions: BodyRegionId[];
  qualities: PainQualityId[];
  triggers: TriggerDraft[];
  remedies: RemedyDraft[];
  redFlags: RedFlagId[];
  notes: string;
}

/** Field path → message, e.g. "intensity", "endedAt", "triggers.0.effort", "remedies.1.painAfter". */
export type FieldErrors = Record<string, string>;

export type DraftValidation = { ok: true; value: EpisodeInput } | { ok: false; errors: FieldErrors };

export interface ValidationContext {
  now: Date;
  /** Turns a datetime-local value into an ISO instant (null when it is not a time). */
  toIso: (localDateTime: string) => string | null;
}

export const MESSAGES = {
  intensityMissing: 'Choose how much it hurts, from 0 (no pain) to 10 (worst you can imagine).',
  intensityRange: 'Pain is rated in whole numbers from 0 to 10.',
  startMissing: 'Enter when the pain started.',
  startFuture: 'That time is still to come. Enter when the pain started.',
  endInvalid: 'Enter a valid end time, or leave it empty.',
  endBeforeStart: 'The pain can’t end before it started. Check the end time.',
  endFuture: 'That end time is still to come. Leave it empty if the pain hasn’t eased yet.',
  tooLong: `An episode can last up to ${MAX_EPISODE_DAYS} days. For a longer spell, log an episode each day.`,
  rating: 'Use a whole number from 0 to 10, or leave it empty.',
  ratingRequired: 'Rate this with a whole number from 0 to 10.',
  dayNumber: `Use a whole number of days from 0 to ${MAX_WITHDRAWAL_DAY}, or leave it empty.`,
  deskHours: 'Use hours from 0 to 24, or leave it empty.',
  minutesAfter: `Use minutes from 0 to ${MAX_MINUTES_AFTER} (one day), or leave it empty.`,
  shortText: `Keep this under ${MAX_SHORT_TEXT_LENGTH} characters.`,
} as const;

export function notesTooLongMessage(length: number): string {
  return `Notes can be up to ${MAX_NOTES_LENGTH.toLocaleString('en')} characters; this has ${length.toLocaleString('en')}.`;
}

export function emptyDraft(now: Date): EpisodeDraft {
  return {
    intensity: null,
    startedAt: isoToLocalDateTime(now.toISOString()),
    endedAt: '',
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [],
    redFlags: [],
    notes: '',
  };
}

export function newTriggerDraft(kind: TriggerKind, id: string): TriggerDraft {
  return {
    id,
    kind,
    note: '',
    workoutType: '',
    effort: '',
    level: '',
    substance: '',
    dayNumber: '',
    deskHours: '',
    position: '',
  };
}

export function newRemedyDraft(kind: RemedyId, id: string): RemedyDraft {
  return { id, kind, medicationName: '', dose: '', painBefore: '', painAfter: '', minutesAfter: '' };
}

function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

export function draftFromEpisode(episode: Episode): EpisodeDraft {
  return {
    id: episode.id,
    intensity: episode.intensity,
    startedAt: isoToLocalDateTime(episode.startedAt),
    endedAt: episode.endedAt === null ? '' : isoToLocalDateTime(episode.endedAt),
    regions: [...episode.regions],
    qualities: [...episode.qualities],
    triggers: episode.triggers.map(triggerToDraft),
    remedies: episode.remedies.map((remedy) => ({
      id: remedy.id,
      kind: remedy.kind,
      medicationName: remedy.medicationName ?? '',
      dose: remedy.dose ?? '',
      painBefore: numberText(remedy.painBefore),
      painAfter: numberText(remedy.painAfter),
      minutesAfter: numberText(remedy.minutesAfter),
    })),
    redFlags: [...episode.redFlags],
    notes: episode.notes,
  };
}

function triggerToDraft(trigger: Trigger): TriggerDraft {
  const draft = newTriggerDraft(trigger.kind, trigger.id);
  draft.note = trigger.note;
  switch (trigger.kind) {
    case 'workout':
      draft.workoutType = trigger.workoutType ?? '';
      draft.effort = numberText(trigger.effort);
      break;
    case 'stress':
      draft.level = numberText(trigger.level);
      break;
    case 'withdrawal':
      draft.substance = trigger.substance ?? '';
      draft.dayNumber = numberText(trigger.dayNumber);
      break;
    case 'posture':
      draft.deskHours = numberText(trigger.deskHours);
      draft.position = trigger.position ?? '';
      break;
    default:
      break;
  }
  return draft;
}

/** '' → null; otherwise a whole number within [min, max], or undefined when it is not one. */
export function parseWholeNumber(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** Like parseWholeNumber, but allows one decimal place and a decimal comma ("7,5"). */
export function parseDecimal(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

function validateTrigger(draft: TriggerDraft, path: string, errors: FieldErrors): Trigger {
  const note = draft.note.trim();
  if (note.length > MAX_SHORT_TEXT_LENGTH) errors[`${path}.note`] = MESSAGES.shortText;
  const base = { id: draft.id, note };
  switch (draft.kind) {
    case 'workout': {
      const effort = parseWholeNumber(draft.effort, 0, 10);
      if (effort === undefined) errors[`${path}.effort`] = MESSAGES.rating;
      return { ...base, kind: 'workout', workoutType: draft.workoutType || null, effort: effort ?? null };
    }
    case 'stress': {
      const level = parseWholeNumber(draft.level, 0, 10);
      if (level === undefined) errors[`${path}.level`] = MESSAGES.rating;
      return { ...base, kind: 'stress', level: level ?? null };
    }
    case 'withdrawal': {
      const dayNumber = parseWholeNumber(draft.dayNumber, 0, MAX_WITHDRAWAL_DAY);
      if (dayNumber === undefined) errors[`${path}.dayNumber`] = MESSAGES.dayNumber;
      return {
        ...base,
        kind: 'withdrawal',
        substance: draft.substance || null,
        dayNumber: dayNumber ?? null,
      };
    }
    case 'posture': {
      const deskHours = parseDecimal(draft.deskHours, 0, 24);
      if (deskHours === undefined) errors[`${path}.deskHours`] = MESSAGES.deskHours;
      return { ...base, kind: 'posture', deskHours: deskHours ?? null, position: draft.position || null };
    }
    case 'dehydration':
    case 'poor-sleep':
    case 'injury':
    case 'other':
      return { ...base, kind: draft.kind };
  }
}

function validateRemedy(draft: RemedyDraft, path: string, errors: FieldErrors): RemedyTried {
  const painBefore = parseWholeNumber(draft.painBefore, 0, 10);
  const painAfter = parseWholeNumber(draft.painAfter, 0, 10);
  const minutesAfter = parseWholeNumber(draft.minutesAfter, 0, MAX_MINUTES_AFTER);
  if (painBefore === undefined) errors[`${path}.painBefore`] = MESSAGES.rating;
  if (painAfter === undefined) errors[`${path}.painAfter`] = MESSAGES.rating;
  if (minutesAfter === undefined) errors[`${path}.minutesAfter`] = MESSAGES.minutesAfter;
  const isMedication = remedyById(draft.kind).isMedication;
  const medicationName = isMedication ? draft.medicationName.trim() : '';
  const dose = isMedication ? draft.dose.trim() : '';
  if (medicationName.length > MAX_SHORT_TEXT_LENGTH) errors[`${path}.medicationName`] = MESSAGES.shortText;
  if (dose.length > MAX_SHORT_TEXT_LENGTH) errors[`${path}.dose`] = MESSAGES.shortText;
  return {
    id: draft.id,
    kind: draft.kind,
    medicationName: medicationName || null,
    dose: dose || null,
    painBefore: painBefore ?? null,
    painAfter: painAfter ?? null,
    minutesAfter: minutesAfter ?? null,
  };
}

export function validateEpisodeDraft(draft: EpisodeDraft, context: ValidationContext): DraftValidation {
  const errors: FieldErrors = {};
  const latestAllowed = context.now.getTime() + FUTURE_TOLERANCE_MINUTES * 60_000;

  if (draft.intensity === null) errors.intensity = MESSAGES.intensityMissing;
  else if (!Number.isInteger(draft.intensity) || draft.intensity < 0 || draft.intensity > 10)
    errors.intensity = MESSAGES.intensityRange;

  const startedAt = draft.startedAt.trim() === '' ? null : context.toIso(draft.startedAt);
  if (startedAt === null) errors.startedAt = MESSAGES.startMissing;
  else if (Date.parse(startedAt) > latestAllowed) errors.startedAt = MESSAGES.startFuture;

  let endedAt: string | null = null;
  if (draft.endedAt.trim() !== '') {
    endedAt = context.toIso(draft.endedAt);
    if (endedAt === null) errors.endedAt = MESSAGES.endInvalid;
    else if (startedAt !== null && Date.parse(endedAt) < Date.parse(startedAt))
      errors.endedAt = MESSAGES.endBeforeStart;
    else if (Date.parse(endedAt) > latestAllowed) errors.endedAt = MESSAGES.endFuture;
    else if (
      startedAt !== null &&
      Date.parse(endedAt) - Date.parse(startedAt) > MAX_EPISODE_DAYS * 86_400_000
    )
      errors.endedAt = MESSAGES.tooLong;
  }

  if (draft.notes.length > MAX_NOTES_LENGTH) errors.notes = notesTooLongMessage(draft.notes.length);

  const triggers = draft.triggers.map((t, index) => validateTrigger(t, `triggers.${index}`, errors));
  const remedies = draft.remedies.map((r, index) => validateRemedy(r, `remedies.${index}`, errors));

  if (Object.keys(errors).length > 0 || draft.intensity === null || startedAt === null) {
    return { ok: false, errors };
  }
  const value: EpisodeInput = {
    startedAt,
    endedAt,
    intensity: draft.intensity,
    regions: [...new Set(draft.regions)],
    qualities: [...new Set(draft.qualities)],
    triggers,
    remedies,
    redFlags: [...new Set(draft.redFlags)],
    notes: draft.notes.trim(),
  };
  if (draft.id !== undefined) value.id = draft.id;
  return { ok: true, value };
}

/**
 * The draft with exactly these trigger kinds, in this order: kinds kept keep the details typed for
 * them, new kinds start empty.
 */
export function withTriggerKinds(
  draft: EpisodeDraft,
  kinds: readonly TriggerKind[],
  newId: () => string,
  withdrawal: WithdrawalPrefill | null = null,
): EpisodeDraft {
  return {
    ...draft,
    triggers: kinds.map((kind) => {
      const kept = draft.triggers.find((t) => t.kind === kind);
      if (kept) return kept;
      const added = newTriggerDraft(kind, newId());
      // A new withdrawal trigger starts from the period in Settings; the person can change it.
      if (kind === 'withdrawal' && withdrawal) {
        added.substance = withdrawal.substance;
        added.dayNumber = String(withdrawal.dayNumber);
      }
      return added;
    }),
  };
}

/** Like withTriggerKinds, for the quick log's remedy toggles. */
export function withRemedyKinds(
  draft: EpisodeDraft,
  kinds: readonly RemedyId[],
  newId: () => string,
): EpisodeDraft {
  return {
    ...draft,
    remedies: kinds.map(
      (kind) => draft.remedies.find((r) => r.kind === kind) ?? newRemedyDraft(kind, newId()),
    ),
  };
}

/**
 * The draft with these pain qualities. Choosing a quality that is also a warning sign (numbness or
 * tingling) ticks that red flag too, so its advice is not missed; unticking the quality leaves the flag
 * for the person to decide.
 */
export function withQualities(draft: EpisodeDraft, qualities: readonly PainQualityId[]): EpisodeDraft {
  const added = qualities.filter((q) => !draft.qualities.includes(q));
  const flags = added.map(redFlagForQuality).filter((flag): flag is RedFlagId => flag !== null);
  return {
    ...draft,
    qualities: [...qualities],
    redFlags: [...new Set([...draft.redFlags, ...flags])],
  };
}
