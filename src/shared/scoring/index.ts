/** Scores and summaries of the journal's numbers: pure, deterministic, "today", "now" and zone passed in. */
export * from './automaticFlags';
export * from './checkInDay';
export { daysBetween, calendarDaysFrom } from './days';
export * from './due';
export * from './measureVerdict';
export * from './painTrend';
export * from './peg3';
export * from './psfs';
export * from './water';
export * from './withdrawalDays';
