/** The person's preferences, stored as one row: the schemas every save is checked against. */
import { z } from 'zod';
import { REPORT_SECTION_IDS } from './report/sections';
import { daySchema } from './schemaParts';
import {
  DEFAULT_DESKTOP_PREFERENCES,
  DEFAULT_FOLLOW_UP_PREFERENCES,
  DEFAULT_REMINDER_PREFERENCES,
  DEFAULT_REPORT_PREFERENCES,
  POSTURE_BREAK_MINUTES,
} from './settingsDefaults';

// The defaults, and the settings read with them filled in, need no schema: the journal's first screen
// reads them from there (settingsDefaults.ts) without loading zod.
export * from './settingsDefaults';

/** What the report screen remembers for next time: names, goals and questions, the sections chosen. */
export const reportPreferencesSchema = z.object({
  patientName: z.string().max(200),
  clinicianName: z.string().max(200),
  goals: z.string().max(4000),
  questions: z.string().max(4000),
  sections: z.array(z.enum(REPORT_SECTION_IDS)).max(REPORT_SECTION_IDS.length),
  /** The day the last report was saved or printed. */
  lastReportDay: daySchema.nullable(),
  /**
   * The last day that report covered (its To): the next one starts the day after. Missing in journals and
   * backups from before it was kept: then lastReportDay stands in for it (see lastReportEndOf).
   */
  lastReportEnd: daySchema.nullable().default(null),
});
export type ReportPreferences = z.infer<typeof reportPreferencesSchema>;

/** The desktop-only preferences (see DesktopPreferences in api.ts). */
export const desktopPreferencesSchema = z.object({
  /** Electron accelerator syntax; '' means no global shortcut. Checked for sense by accelerator.ts. */
  quickLogShortcut: z.string().max(100),
  /** Missing until the person chooses: the desktop's default applies (AppInfo.keepInTrayByDefault). */
  keepInTray: z.boolean().optional(),
});

const hourSchema = z.number().int().min(0).max(23);

export const followUpPreferencesSchema = z.object({
  enabled: z.boolean(),
  afterMinutes: z.number().int().min(15).max(240),
});
export type FollowUpPreferences = z.infer<typeof followUpPreferencesSchema>;

/**
 * Desktop reminders. The check-in reminder uses checkInPromptHour (the same hour the journal's own notice
 * appears). Hours are local, 0-23. Quiet hours run from `fromHour` to `toHour`, across midnight when
 * from > to; from === to means no quiet hours.
 */
export const reminderPreferencesSchema = z.object({
  checkIn: z.boolean(),
  weeklyMeasures: z.object({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday, as Date.getDay. */
    weekday: z.number().int().min(0).max(6),
    hour: hourSchema,
  }),
  postureBreak: z.object({
    enabled: z.boolean(),
    afterMinutes: z.number().int().min(POSTURE_BREAK_MINUTES.min).max(POSTURE_BREAK_MINUTES.max),
  }),
  quietHours: z.object({
    enabled: z.boolean(),
    fromHour: hourSchema,
    toHour: hourSchema,
  }),
  /** "How is it now?" after an episode. Missing in settings from before follow-ups: on, after an hour. */
  followUp: followUpPreferencesSchema.default(DEFAULT_FOLLOW_UP_PREFERENCES),
});
export type ReminderPreferences = z.infer<typeof reminderPreferencesSchema>;

export const settingsSchema = z.object({
  waterUnit: z.enum(['glasses', 'litres']),
  /** From this hour (local, 0-23) the app reminds that today's check-in is missing. */
  checkInPromptHour: z.number().int().min(0).max(23),
  /** Missing in journals and backups from before the report existed: the defaults apply. */
  report: reportPreferencesSchema.default(DEFAULT_REPORT_PREFERENCES),
  /** Missing in journals and backups from before the desktop extras existed: the defaults apply. */
  desktop: desktopPreferencesSchema.default(DEFAULT_DESKTOP_PREFERENCES),
  reminders: reminderPreferencesSchema.default(DEFAULT_REMINDER_PREFERENCES),
});
export type Settings = z.infer<typeof settingsSchema>;
