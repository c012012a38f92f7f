/**
 * The journal's catalogs: body regions, pain qualities, triggers, remedies, red flags and causes, each entry
 * citing the source documents that name it (or saying in a note why none does). Pure data and small
 * lookups; no platform imports. All but the causes and the remedies' catalog are in ./labels.ts, which code on the journal's first
 * screen imports directly.
 *
 * The brand/prescription denylist lives in ./brandDenylist and is deliberately not re-exported here, so
 * drug names never travel with the catalogs.
 */
import { ANALYSIS_FACTOR_KINDS, CAUSE_IDS, CAUSES, FACTOR_CAUSES } from './causes';
import type { AnalysisFactorKind, Cause, CauseId } from './causes';
import { makeIdGuard, makeLookup } from './lookup';
import { REMEDIES, REMEDY_IDS } from './remedies';
import type { Remedy, RemedyId } from './remedies';
import type { TriggerKindId } from './triggers';

export * from './labels';
export * from './causes';
// The remedies' catalog (descriptions, sources) is here rather than in ./labels.ts: a module goes wherever
// its importers go, so the journal's first screen, which only names remedies (REMEDY_LABELS), would
// otherwise load every description.
export * from './remedies';

export const remedyById: (id: RemedyId) => Remedy = makeLookup('remedy', REMEDIES);
export const isRemedyId = makeIdGuard(REMEDY_IDS);

export const causeById: (id: CauseId) => Cause = makeLookup('cause', CAUSES);
export const nameOfCause = (id: CauseId): string => causeById(id).name;
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
