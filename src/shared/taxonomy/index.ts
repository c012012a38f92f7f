/**
 * The journal's catalogs: body regions, pain qualities, triggers and remedies, each entry citing the
 * source documents that name it. Pure data and small lookups; no platform imports.
 *
 * The brand/prescription denylist lives in ./brandDenylist and is deliberately not re-exported here, so
 * drug names never travel with the catalogs.
 */
import { makeIdGuard, makeLookup } from './lookup';
import { BODY_REGION_IDS, BODY_REGIONS } from './regions';
import type { BodyRegion, BodyRegionId } from './regions';
import { PAIN_QUALITIES, PAIN_QUALITY_IDS } from './qualities';
import type { PainQuality, PainQualityId } from './qualities';
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

export const labelOfRegion = (id: BodyRegionId): string => regionById(id).label;
export const shortLabelOfRegion = (id: BodyRegionId): string => regionById(id).shortLabel;
export const labelOfQuality = (id: PainQualityId): string => qualityById(id).label;
export const labelOfTriggerKind = (id: TriggerKindId): string => triggerKindById(id).label;
export const labelOfWorkoutType = (id: WorkoutTypeId): string => workoutTypeById(id).label;
export const labelOfWithdrawalSubstance = (id: WithdrawalSubstanceId): string =>
  withdrawalSubstanceById(id).label;
export const labelOfPosturePosition = (id: PosturePositionId): string => posturePositionById(id).label;
export const labelOfRemedy = (id: RemedyId): string => remedyById(id).label;

/** Type guards for values read from storage, imports or forms. */
export const isSourceId = makeIdGuard(SOURCE_IDS);
export const isBodyRegionId = makeIdGuard(BODY_REGION_IDS);
export const isPainQualityId = makeIdGuard(PAIN_QUALITY_IDS);
export const isTriggerKindId = makeIdGuard(TRIGGER_KIND_IDS);
export const isWorkoutTypeId = makeIdGuard(WORKOUT_TYPE_IDS);
export const isWithdrawalSubstanceId = makeIdGuard(WITHDRAWAL_SUBSTANCE_IDS);
export const isPosturePositionId = makeIdGuard(POSTURE_POSITION_IDS);
export const isRemedyId = makeIdGuard(REMEDY_IDS);
