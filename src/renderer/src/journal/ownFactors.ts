/**
 * Reads and writes of the person's own factors (src/shared/ownFactors.ts). Each write runs its checks
 * (src/shared/ownFactorEdits.ts) and its change in one transaction, so what another window wrote a moment
 * ago is taken into account.
 */
import {
  nameProblem,
  roomProblem,
  unitProblem,
  type OwnFactorField,
  type OwnFactorProblem,
} from '@shared/ownFactorEdits';
import { ownFactorSchema, type OwnFactor, type OwnFactorKind } from '@shared/ownFactors';
import type { JournalDatabase } from '../db/database';

export * from './ownFactorReads';

/** A refused change, with the message to show by its field. */
export class OwnFactorRefused extends Error {
  readonly field: OwnFactorField;
  constructor(problem: OwnFactorProblem) {
    super(problem.message);
    this.name = 'OwnFactorRefused';
    this.field = problem.field;
  }
}

function refuseIf(problem: OwnFactorProblem | null): void {
  if (problem) throw new OwnFactorRefused(problem);
}

export interface NewOwnFactor {
  name: string;
  kind: OwnFactorKind;
  /** Only for numbers; ignored otherwise. Empty = no unit. */
  unit: string;
}

export async function createOwnFactor(
  db: JournalDatabase,
  input: NewOwnFactor,
  now: () => Date = () => new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<OwnFactor> {
  return db.transaction('rw', db.ownFactors, async () => {
    const factors = await db.ownFactors.toArray();
    refuseIf(nameProblem(input.name, factors));
    refuseIf(unitProblem(input.kind, input.unit));
    refuseIf(roomProblem(factors));
    const at = now().toISOString();
    const unit = input.kind === 'number' && input.unit.trim() !== '' ? input.unit.trim() : null;
    const factor = ownFactorSchema.parse({
      id: newId(),
      name: input.name.trim(),
      kind: input.kind,
      unit,
      createdAt: at,
      updatedAt: at,
      archivedAt: null,
    });
    await db.ownFactors.add(factor);
    return factor;
  });
}

async function change(
  db: JournalDatabase,
  id: string,
  edit: (factor: OwnFactor, all: OwnFactor[]) => Partial<OwnFactor>,
  now: () => Date,
): Promise<OwnFactor> {
  return db.transaction('rw', db.ownFactors, async () => {
    const all = await db.ownFactors.toArray();
    const factor = all.find((f) => f.id === id);
    if (!factor) throw new OwnFactorRefused({ field: 'factor', message: 'This factor is no longer here.' });
    const updated = ownFactorSchema.parse({
      ...factor,
      ...edit(factor, all),
      updatedAt: now().toISOString(),
    });
    await db.ownFactors.put(updated);
    return updated;
  });
}

/** A new name for the same factor: its id stays, so every value recorded under it stays with it. */
export function renameOwnFactor(
  db: JournalDatabase,
  id: string,
  name: string,
  now: () => Date = () => new Date(),
): Promise<OwnFactor> {
  return change(
    db,
    id,
    (factor, all) => {
      // An archived factor's name may clash only once it is brought back, where that is checked.
      refuseIf(factor.archivedAt === null ? nameProblem(name, all, id) : nameProblem(name, [], id));
      return { name: name.trim() };
    },
    now,
  );
}

/** Hidden from the check-in; every value recorded is kept. */
export function archiveOwnFactor(
  db: JournalDatabase,
  id: string,
  now: () => Date = () => new Date(),
): Promise<OwnFactor> {
  return change(db, id, (factor) => ({ archivedAt: factor.archivedAt ?? now().toISOString() }), now);
}

export function bringBackOwnFactor(
  db: JournalDatabase,
  id: string,
  now: () => Date = () => new Date(),
): Promise<OwnFactor> {
  return change(
    db,
    id,
    (factor, all) => {
      if (factor.archivedAt === null) return {};
      refuseIf(nameProblem(factor.name, all, id));
      refuseIf(roomProblem(all));
      return { archivedAt: null };
    },
    now,
  );
}
