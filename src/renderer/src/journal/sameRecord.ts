/** JSON with keys in one order, so equal values give equal text whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Whether two reads of a record are the same stored version. updatedAt alone is not enough: two windows
 * can save within one millisecond (or with a clock set back), so the content is compared too.
 */
export function isSameRecord<T extends { updatedAt: string }>(a: T, b: T): boolean {
  return a.updatedAt === b.updatedAt && canonicalJson(a) === canonicalJson(b);
}
