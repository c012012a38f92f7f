/**
 * What the simulations showed, in plain words, for "How this works". The figures come from
 * `npm run validate:insights` on real-shaped journals (tests/fixtures/realJournal.ts, 1,000 per situation
 * and length, measured 2026-12-02); the full table is in docs/insights-method.md. Update both together.
 */
export const VALIDATION_SUMMARY =
  'We tested this on simulated journals shaped like real people’s: check-ins missed for days at a time, blank fields, two kinds of workout, habits that come together. With nothing real to find, at most 7 in 100 journals showed any label, and something with no effect of its own was called “likely” in about 2 in 100 or fewer. A real difference of 1.5 points was called “likely” in about 4 in 10 four-month journals and more than 9 in 10 year-long ones; less often for things that happen on few days, such as the first days of a withdrawal. So a label is worth trusting, and “Can’t tell yet” often just means “not yet”.';
