/**
 * The journal's catalogs: body regions, pain qualities, triggers, remedies, red flags and causes, each entry
 * citing the source documents that name it (or saying in a note why none does). Pure data and small
 * lookups; no platform imports.
 *
 * The brand/prescription denylist lives in ./brandDenylist and is deliberately not re-exported here, so
 * drug names never travel with the catalogs.
 */
import { ANALYSIS_FACTOR_KINDS, CAUSE_IDS, CAUSES, FACTOR_CAUSES } from './causes';
import type { AnalysisFactorKind, Cause, CauseId } from './causes';
import { makeIdGuard, makeLookup } from './lookup';
import { BODY_REGION_IDS, BODY_REGIONS } from './regions';
import type { BodyRegion, BodyRegionId } from './regions';
import { PAIN_QUALITIES, PAIN_QUALITY_IDS } from './qualities';
import type { PainQuality, PainQualityId } from './qualities';
import { AUTOMATIC_FLAG_IDS, AUTOMATIC_FLAGS, RED_FLAG_IDS, RED_FLAG_URGENCIES, RED_FLAGS } from './redFlags';
import type { AutomaticFlag, AutomaticFlagId, RedFlag, RedFlagId, RedFlagUrgency } from './redFlags';
import { REMEDIES, REMEDY_IDS } from './remedies';
import type { Remedy, RemedyId } from './remedies';
import { SOURCE_DOCUMENTS, SOURCE_IDS } from './sources';
import type { SourceDocument, SourceId } from './sources';
import {
  POSTURE_POSITION_IDS,
  POSTURE_POSITIONS,
  TRIGGER_KIND_IDS,
  TRIGGER_KINDS,
  WITHDRAWAL_SUBSTANCE_IDS,
  WITHDRAWAL_SUBSTANCES,
  WORKOUT_TYPE_IDS,
  WORKOUT_TYPES,
} from './triggers';
import type {
  PosturePosition,
  PosturePositionId,
  TriggerKind,
  TriggerKindId,
  WithdrawalSubstance,
  WithdrawalSubstanceId,
  WorkoutType,
  WorkoutTypeId,
} from './triggers';

export * from './sources';
export * from './regions';
export * from './qualities';
export * from './triggers';
export * from './remedies';
export * from './redFlags';
export * from './causes';

export const sourceById: (id: SourceId) => SourceDocument = makeLookup('source', SOURCE_DOCUMENTS);
export const regionById: (id: BodyRegionId) => BodyRegion = makeLookup('body region', BODY_REGIONS);
export const qualityById: (id: PainQualityId) => PainQuality = makeLookup('pain quality', PAIN_QUALITIES);
export const triggerKindById: (id: TriggerKindId) => TriggerKind = makeLookup('trigger kind', TRIGGER_KINDS);
export const workoutTypeById: (id: WorkoutTypeId) => WorkoutType = makeLookup('workout type', WORKOUT_TYPES);
export const withdrawalSubstanceById: (id: WithdrawalSubstanceId) => WithdrawalSubstance = makeLookup(
  'withdrawal substance',
  WITHDRAWAL_SUBSTANCES,
);
export const posturePositionById: (id: PosturePositionId) => PosturePosition = makeLookup(
  'posture position',
  POSTURE_POSITIONS,
);
export const remedyById: (id: RemedyId) => Remedy = makeLookup('remedy', REMEDIES);
export const redFlagById: (id: RedFlagId) => RedFlag = makeLookup('red flag', RED_FLAGS);
export const automaticFlagById: (id: AutomaticFlagId) => AutomaticFlag = makeLookup(
  'automatic flag',
  AUTOMATIC_FLAGS,
);
export const causeById: (id: CauseId) => Cause = makeLookup('cause', CAUSES);

export const labelOfRegion = (id: BodyRegionId): string => regionById(id).label;
/**
 * Regions in words, as a list a person can read: their names carry commas ("Shoulder blade, left"), so
 * they are parted by semicolons. One function for the figure, the history card, the import preview and the
 * report, so the same regions read the same everywhere.
 */
export const listOfRegions = (ids: readonly BodyRegionId[]): string => ids.map(labelOfRegion).join('; ');
export const shortLabelOfRegion = (id: BodyRegionId): string => regionById(id).shortLabel;
export const labelOfQuality = (id: PainQualityId): string => qualityById(id).label;
export const labelOfTriggerKind = (id: TriggerKindId): string => triggerKindById(id).label;
export const labelOfWorkoutType = (id: WorkoutTypeId): string => workoutTypeById(id).label;
export const labelOfWithdrawalSubstance = (id: WithdrawalSubstanceId): string =>
  withdrawalSubstanceById(id).label;
export const labelOfPosturePosition = (id: PosturePositionId): string => posturePositionById(id).label;
export const labelOfRemedy = (id: RemedyId): string => remedyById(id).label;
export const labelOfRedFlag = (id: RedFlagId): string => redFlagById(id).label;
export const nameOfCause = (id: CauseId): string => causeById(id).name;

/** Type guards for values read from storage, imports or forms. */
export const isSourceId = makeIdGuard(SOURCE_IDS);
export const isBodyRegionId = makeIdGuard(BODY_REGION_IDS);
export const isPainQualityId = makeIdGuard(PAIN_QUALITY_IDS);
export const isTriggerKindId = makeIdGuard(TRIGGER_KIND_IDS);
export const isWorkoutTypeId = makeIdGuard(WORKOUT_TYPE_IDS);
export const isWithdrawalSubstanceId = makeIdGuard(WITHDRAWAL_SUBSTANCE_IDS);
export const isPosturePositionId = makeIdGuard(POSTURE_POSITION_IDS);
export const isRemedyId = makeIdGuard(REMEDY_IDS);
export const isRedFlagId = makeIdGuard(RED_FLAG_IDS);
export const isAutomaticFlagId = makeIdGuard(AUTOMATIC_FLAG_IDS);
export const isCauseId = makeIdGuard(CAUSE_IDS);
export const isAnalysisFactorKind = makeIdGuard(ANALYSIS_FACTOR_KINDS);

/** The causes a logged trigger kind points to, in catalog order; none for 'other'. */
export function causesForTriggerKind(kind: TriggerKindId): readonly Cause[] {
  return CAUSES.filter((cause) => cause.signals.triggerKinds.includes(kind));
}

/** The causes whose self-care includes a remedy, in catalog order. */
export function causesForRemedy(remedyId: RemedyId): readonly Cause[] {
  return CAUSES.filter((cause) => cause.selfCare.includes(remedyId));
}

/** The causes the documents offer as background for an analysed factor, most direct first. */
export function causesForFactor(kind: AnalysisFactorKind): readonly Cause[] {
  return FACTOR_CAUSES[kind].map(causeById);
}

/** Pain qualities that are red flags in themselves: choosing one on the episode form ticks the flag. */
const RED_FLAG_FOR_QUALITY: Readonly<Partial<Record<PainQualityId, RedFlagId>>> = {
  'numbness-tingling': 'numbness-tingling',
};

/** The red flag a pain quality implies, or null when it implies none. */
export function redFlagForQuality(qualityId: PainQualityId): RedFlagId | null {
  return RED_FLAG_FOR_QUALITY[qualityId] ?? null;
}

/** How urgent a set of flags is taken together: the most urgent of them, or null for none. */
export function mostUrgent(ids: readonly (RedFlagId | AutomaticFlagId)[]): RedFlagUrgency | null {
  const urgencies = new Set<RedFlagUrgency>(
    ids.map((id) => (isRedFlagId(id) ? redFlagById(id).urgency : automaticFlagById(id).urgency)),
  );
  return RED_FLAG_URGENCIES.find((urgency) => urgencies.has(urgency)) ?? null;
}
