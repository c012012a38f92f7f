/**
 * The settings' defaults, and a stored settings row with them filled in: what every screen reads, with
 * no schema (so the journal's first screen does not load zod). Every save is still checked against
 * settingsSchema (settings.ts); settingsWithDefaults gives what settingsSchema.parse gives for any row
 * such a save (or a checked backup) can have stored, as tests/unit/shared/settingsDefaults.test.ts
 * checks.
 */
import { DEFAULT_QUICK_LOG_SHORTCUT, type SavedDesktopPreferences } from './api';
import { REPORT_SECTION_IDS } from './report/sections';
import type { FollowUpPreferences, ReminderPreferences, ReportPreferences, Settings } from './settings';

export const DEFAULT_REPORT_PREFERENCES: ReportPreferences = {
  patientName: '',
  clinicianName: '',
  goals: '',
  questions: '',
  sections: [...REPORT_SECTION_IDS],
  lastReportDay: null,
  lastReportEnd: null,
};

export const DEFAULT_DESKTOP_PREFERENCES: SavedDesktopPreferences = {
  quickLogShortcut: DEFAULT_QUICK_LOG_SHORTCUT,
};

/** The smallest and largest "posture break after" stretch, in minutes. */
export const POSTURE_BREAK_MINUTES = { min: 15, max: 240 } as const;

/** The choices for "ask how it is" after an episode, in minutes. */
export const FOLLOW_UP_MINUTES = [30, 60, 90, 120, 180] as const;
export const DEFAULT_FOLLOW_UP_MINUTES = 60;

export const DEFAULT_FOLLOW_UP_PREFERENCES: FollowUpPreferences = {
  enabled: true,
  afterMinutes: DEFAULT_FOLLOW_UP_MINUTES,
};

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = {
  checkIn: true,
  weeklyMeasures: { enabled: true, weekday: 1, hour: 10 },
  // Off until the person asks for it: a nudge every hour is not for everyone.
  postureBreak: { enabled: false, afterMinutes: 50 },
  quietHours: { enabled: true, fromHour: 22, toHour: 7 },
  followUp: DEFAULT_FOLLOW_UP_PREFERENCES,
};

export const DEFAULT_SETTINGS: Settings = {
  waterUnit: 'glasses',
  checkInPromptHour: 19,
  report: DEFAULT_REPORT_PREFERENCES,
  desktop: DEFAULT_DESKTOP_PREFERENCES,
  reminders: DEFAULT_REMINDER_PREFERENCES,
};

/**
 * A stored settings row (its id left out): rows from before a setting existed lack it, so the settings
 * added later (those with a default in settingsSchema) may be missing.
 */
export interface SavedSettings {
  waterUnit?: Settings['waterUnit'];
  checkInPromptHour?: number;
  report?: Omit<ReportPreferences, 'lastReportEnd'> & Partial<Pick<ReportPreferences, 'lastReportEnd'>>;
  desktop?: SavedDesktopPreferences;
  reminders?: Omit<ReminderPreferences, 'followUp'> & Partial<Pick<ReminderPreferences, 'followUp'>>;
}

/**
 * The saved settings with defaults for anything never set, and only the settings this version knows:
 * what settingsSchema.parse({ ...DEFAULT_SETTINGS, ...saved }) gives for a stored row, each object and
 * list its own copy.
 */
export function settingsWithDefaults(saved: SavedSettings): Settings {
  const report = saved.report ?? DEFAULT_REPORT_PREFERENCES;
  const desktop = saved.desktop ?? DEFAULT_DESKTOP_PREFERENCES;
  const reminders = saved.reminders ?? DEFAULT_REMINDER_PREFERENCES;
  const followUp: FollowUpPreferences = reminders.followUp ?? DEFAULT_FOLLOW_UP_PREFERENCES;
  const { weeklyMeasures, postureBreak, quietHours } = reminders;
  return {
    waterUnit: saved.waterUnit ?? DEFAULT_SETTINGS.waterUnit,
    checkInPromptHour: saved.checkInPromptHour ?? DEFAULT_SETTINGS.checkInPromptHour,
    report: {
      patientName: report.patientName,
      clinicianName: report.clinicianName,
      goals: report.goals,
      questions: report.questions,
      sections: [...report.sections],
      lastReportDay: report.lastReportDay,
      lastReportEnd: report.lastReportEnd ?? null,
    },
    desktop: {
      quickLogShortcut: desktop.quickLogShortcut,
      ...(desktop.keepInTray === undefined ? {} : { keepInTray: desktop.keepInTray }),
    },
    reminders: {
      checkIn: reminders.checkIn,
      weeklyMeasures: {
        enabled: weeklyMeasures.enabled,
        weekday: weeklyMeasures.weekday,
        hour: weeklyMeasures.hour,
      },
      postureBreak: { enabled: postureBreak.enabled, afterMinutes: postureBreak.afterMinutes },
      quietHours: {
        enabled: quietHours.enabled,
        fromHour: quietHours.fromHour,
        toHour: quietHours.toHour,
      },
      followUp: { enabled: followUp.enabled, afterMinutes: followUp.afterMinutes },
    },
  };
}
