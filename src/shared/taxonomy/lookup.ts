/** Builds an id-to-entry lookup once. For a valid id it always returns an entry. */
export function makeLookup<Id extends string, Entry extends { readonly id: Id }>(
  catalogName: string,
  entries: readonly Entry[],
): (id: Id) => Entry {
  const byId = new Map<Id, Entry>(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`Unknown ${catalogName} id: ${id}`);
    return entry;
  };
}

/** Builds a type guard for an id list, for checking values read from storage or forms. */
export function makeIdGuard<Id extends string>(ids: readonly Id[]): (value: unknown) => value is Id {
  const known: ReadonlySet<unknown> = new Set<unknown>(ids);
  return (value): value is Id => known.has(value);
}
