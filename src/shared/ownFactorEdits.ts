/**
 * The rules for adding, renaming, archiving and bringing back a factor of the person's own, as plain
 * checks with messages in their words. The journal's writes (src/renderer/src/journal/ownFactors.ts) run
 * them inside the transaction, so two windows cannot both add "Coffee".
 */
import {
  MAX_OWN_FACTORS,
  MAX_OWN_FACTOR_NAME_LENGTH,
  MAX_OWN_FACTOR_UNIT_LENGTH,
  type OwnFactor,
  type OwnFactorKind,
} from './ownFactors';

export type OwnFactorField = 'name' | 'unit' | 'factor';

export interface OwnFactorProblem {
  field: OwnFactorField;
  message: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Why `name` cannot be used (by an active factor other than `exceptId`), or null if it can. */
export function nameProblem(
  name: string,
  factors: readonly OwnFactor[],
  exceptId: string | null = null,
): OwnFactorProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { field: 'name', message: 'Give the factor a name, e.g. “cups of coffee”.' };
  if (trimmed.length > MAX_OWN_FACTOR_NAME_LENGTH)
    return { field: 'name', message: `Keep the name to ${MAX_OWN_FACTOR_NAME_LENGTH} characters or fewer.` };
  const clash = factors.find((f) => f.archivedAt === null && f.id !== exceptId && sameName(f.name, trimmed));
  if (clash) return { field: 'name', message: `You already track “${clash.name}”. Choose another name.` };
  return null;
}

export function unitProblem(kind: OwnFactorKind, unit: string): OwnFactorProblem | null {
  if (kind !== 'number') return null;
  if (unit.trim().length > MAX_OWN_FACTOR_UNIT_LENGTH)
    return { field: 'unit', message: `Keep the unit to ${MAX_OWN_FACTOR_UNIT_LENGTH} characters or fewer.` };
  return null;
}

/** Why another active factor cannot be added (or brought back), or null. */
export function roomProblem(factors: readonly OwnFactor[]): OwnFactorProblem | null {
  const active = factors.filter((f) => f.archivedAt === null).length;
  if (active >= MAX_OWN_FACTORS)
    return {
      field: 'factor',
      message: `You track ${MAX_OWN_FACTORS} factors of your own, the most there can be. Archive one first.`,
    };
  return null;
}

/** What the Settings form to add a factor holds. */
export interface AddFactorForm {
  name: string;
  kind: OwnFactorKind | '';
  unit: string;
}

export const EMPTY_ADD_FACTOR_FORM: AddFactorForm = { name: '', kind: '', unit: '' };

/**
 * The add form once the factor `sent` has been saved. The save takes a moment, and the person may already
 * be typing the next factor: a field is emptied only while it still holds what was sent, so nothing typed
 * since is lost.
 */
export function formAfterAdd(sent: AddFactorForm, now: AddFactorForm): AddFactorForm {
  return {
    name: now.name === sent.name ? '' : now.name,
    kind: now.kind === sent.kind ? '' : now.kind,
    unit: now.unit === sent.unit ? '' : now.unit,
  };
}
