/**
 * Issue 18: the journal's first screen reads the settings without zod. settingsWithDefaults must give
 * what settingsSchema.parse({ ...DEFAULT_SETTINGS, ...saved }) gave for every row a save or a checked
 * backup can have stored, including rows from before the report, the desktop extras, follow-ups and
 * lastReportEnd existed, and must keep only the settings this version knows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../src/shared/report/sections';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../src/shared/settings';
import { settingsWithDefaults, type SavedSettings } from '../../../src/shared/settingsDefaults';

const throughSchema = (saved: SavedSettings): Settings =>
  settingsSchema.parse({ ...DEFAULT_SETTINGS, ...saved });

const hour = fc.integer({ min: 0, max: 23 });
const day = fc
  .date({ min: new Date('2020-01-01T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const report = fc.record(
  {
    patientName: fc.string({ maxLength: 20 }),
    clinicianName: fc.string({ maxLength: 20 }),
    goals: fc.string({ maxLength: 40 }),
    questions: fc.string({ maxLength: 40 }),
    sections: fc.subarray([...REPORT_SECTION_IDS]),
    lastReportDay: fc.option(day, { nil: null }),
    lastReportEnd: fc.option(day, { nil: null }),
  },
  { requiredKeys: ['patientName', 'clinicianName', 'goals', 'questions', 'sections', 'lastReportDay'] },
);
const followUp = fc.record({ enabled: fc.boolean(), afterMinutes: fc.integer({ min: 15, max: 240 }) });
const reminders = fc.record(
  {
    checkIn: fc.boolean(),
    weeklyMeasures: fc.record({ enabled: fc.boolean(), weekday: fc.integer({ min: 0, max: 6 }), hour }),
    postureBreak: fc.record({ enabled: fc.boolean(), afterMinutes: fc.integer({ min: 15, max: 240 }) }),
    quietHours: fc.record({ enabled: fc.boolean(), fromHour: hour, toHour: hour }),
    followUp,
  },
  { requiredKeys: ['checkIn', 'weeklyMeasures', 'postureBreak', 'quietHours'] },
);
const desktop = fc.record(
  { quickLogShortcut: fc.constantFrom('', 'CommandOrControl+Shift+L', 'Alt+P'), keepInTray: fc.boolean() },
  { requiredKeys: ['quickLogShortcut'] },
);
// Any stored row: every field that has a default in the schema may be missing (an older row).
const savedRow: fc.Arbitrary<SavedSettings> = fc.record(
  {
    waterUnit: fc.constantFrom('glasses' as const, 'litres' as const),
    checkInPromptHour: hour,
    report,
    desktop,
    reminders,
  },
  { requiredKeys: ['waterUnit', 'checkInPromptHour'] },
);

describe('settingsWithDefaults', () => {
  it('fills an empty journal with the defaults, as the schema did', () => {
    expect(settingsWithDefaults({})).toStrictEqual(throughSchema({}));
    expect(settingsWithDefaults({})).toStrictEqual(DEFAULT_SETTINGS);
  });

  it('fills a row from before the report, the desktop extras and reminders with their defaults', () => {
    const old: SavedSettings = { waterUnit: 'litres', checkInPromptHour: 8 };
    const read = settingsWithDefaults(old);
    expect(read).toStrictEqual(throughSchema(old));
    expect(read.reminders.followUp).toEqual({ enabled: true, afterMinutes: 60 });
    expect(read.report.lastReportEnd).toBeNull();
    expect(read.waterUnit).toBe('litres');
  });

  it('gives what settingsSchema.parse gave for any stored row', () => {
    fc.assert(
      fc.property(savedRow, (saved) => {
        expect(settingsWithDefaults(saved)).toStrictEqual(throughSchema(saved));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only the settings this version knows, as the schema did', () => {
    const saved = {
      ...DEFAULT_SETTINGS,
      retired: 'x',
      report: { ...DEFAULT_SETTINGS.report, retired: 1 },
      reminders: {
        ...DEFAULT_SETTINGS.reminders,
        quietHours: { ...DEFAULT_SETTINGS.reminders.quietHours, retired: true },
      },
    } as SavedSettings;
    expect(settingsWithDefaults(saved)).toStrictEqual(throughSchema(saved));
    expect(settingsWithDefaults(saved)).not.toHaveProperty('retired');
    expect(settingsWithDefaults(saved).report).not.toHaveProperty('retired');
  });

  it('gives each read its own copies, so changing one never changes the defaults', () => {
    const read = settingsWithDefaults({});
    read.report.sections.pop();
    read.reminders.quietHours.fromHour = 3;
    expect(DEFAULT_SETTINGS.report.sections).toHaveLength(REPORT_SECTION_IDS.length);
    expect(DEFAULT_SETTINGS.reminders.quietHours.fromHour).toBe(22);
  });
});
