/** The person's preferences, stored as one row. */
import { z } from 'zod';
import { REPORT_SECTION_IDS } from './report/sections';
import { daySchema } from './schemaParts';

/** What the report screen remembers for next time: names, goals and questions, the sections chosen. */
export const reportPreferencesSchema = z.object({
  patientName: z.string().max(200),
  clinicianName: z.string().max(200),
  goals: z.string().max(4000),
  questions: z.string().max(4000),
  sections: z.array(z.enum(REPORT_SECTION_IDS)).max(REPORT_SECTION_IDS.length),
  /** The last day a report was saved or printed: the next one starts the day after. */
  lastReportDay: daySchema.nullable(),
});
export type ReportPreferences = z.infer<typeof reportPreferencesSchema>;

export const DEFAULT_REPORT_PREFERENCES: ReportPreferences = {
  patientName: '',
  clinicianName: '',
  goals: '',
  questions: '',
  sections: [...REPORT_SECTION_IDS],
  lastReportDay: null,
};

export const settingsSchema = z.object({
  waterUnit: z.enum(['glasses', 'litres']),
  /** From this hour (local, 0-23) the app reminds that today's check-in is missing. */
  checkInPromptHour: z.number().int().min(0).max(23),
  /** Missing in journals and backups from before the report existed: the defaults apply. */
  report: reportPreferencesSchema.default(DEFAULT_REPORT_PREFERENCES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  waterUnit: 'glasses',
  checkInPromptHour: 19,
  report: DEFAULT_REPORT_PREFERENCES,
};
