/**
 * What the simulations showed, in plain words, for "How this works". The figures come from
 * `npm run validate:insights` on real-shaped journals (tests/fixtures/realJournal.ts); the full table is
 * in docs/insights-method.md. Update both together.
 */
export const VALIDATION_SUMMARY = 'TO BE MEASURED';
