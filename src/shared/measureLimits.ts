/** The outcome measures' limits and rhythm, without the schemas (measures.ts re-exports them). */
export const PSFS_MIN_ACTIVITIES = 3;
export const PSFS_MAX_ACTIVITIES = 5;
export const MAX_ACTIVITY_NAME_LENGTH = 120;
/** PSFS and PEG-3 are re-rated weekly. */
export const MEASURE_INTERVAL_DAYS = 7;
