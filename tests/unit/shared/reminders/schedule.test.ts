import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REMINDER_BODY_MAX, REMINDER_TITLE_MAX, type ReminderKind } from '../../../../src/shared/api';
import {
  SCHEDULED_REMINDER_KINDS,
  dueReminders,
  isQuietHour,
  type ReminderFacts,
} from '../../../../src/shared/reminders/schedule';
import { DESK_STRETCHES, suggestedStretch } from '../../../../src/shared/reminders/stretches';
import { DEFAULT_REMINDER_PREFERENCES, type ReminderPreferences } from '../../../../src/shared/settings';
import { DRUG_BRAND_AND_PRESCRIPTION_TERMS } from '../../../../src/shared/taxonomy/brandDenylist';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const MINUTE = 60_000;

/** Reminder settings as a patch over the defaults, one section at a time. */
interface RemindersPatch {
  checkIn?: boolean;
  weeklyMeasures?: Partial<ReminderPreferences['weeklyMeasures']>;
  postureBreak?: Partial<ReminderPreferences['postureBreak']>;
  quietHours?: Partial<ReminderPreferences['quietHours']>;
}

/** One table row: the clock, the settings that differ from `base`, and what was logged. */
interface Row {
  case: string;
  /** ISO instant. */
  now: string;
  zone?: string;
  reminders?: RemindersPatch;
  /** Minutes of continuous computer use up to `now`; null when none. */
  atDeskMinutes?: number | null;
  facts?: Partial<Omit<ReminderFacts, 'now' | 'timeZone' | 'reminders' | 'deskStretchStartedAt'>>;
  expected: ReminderKind[];
}

function mergeReminders(base: ReminderPreferences, patch: RemindersPatch = {}): ReminderPreferences {
  return {
    checkIn: patch.checkIn ?? base.checkIn,
    weeklyMeasures: { ...base.weeklyMeasures, ...patch.weeklyMeasures },
    postureBreak: { ...base.postureBreak, ...patch.postureBreak },
    quietHours: { ...base.quietHours, ...patch.quietHours },
    followUp: base.followUp,
  };
}

/** Facts for a row: nothing due unless the row (or `base`) says so. */
function factsFor(row: Omit<Row, 'case' | 'expected'>, base: RemindersPatch = {}): ReminderFacts {
  const now = new Date(row.now);
  const atDesk = row.atDeskMinutes ?? null;
  return {
    now,
    timeZone: row.zone ?? LONDON,
    checkInPromptHour: 19,
    reminders: mergeReminders(mergeReminders(DEFAULT_REMINDER_PREFERENCES, base), row.reminders),
    hasCheckInToday: false,
    lastMeasureDay: { psfs: null, peg3: null },
    hasPsfsActivities: true,
    deskStretchStartedAt: atDesk === null ? null : new Date(now.getTime() - atDesk * MINUTE),
    lastShown: {},
    ...row.facts,
  };
}

/** Table rows as [name, row], so the test names are printed whole. */
function named(rows: Row[]): [string, Row][] {
  return rows.map((row) => [row.case, row]);
}

function kindsFor(row: Row, base: RemindersPatch): ReminderKind[] {
  return dueReminders(factsFor(row, base)).map((reminder) => reminder.kind);
}

/** Only the check-in reminder on: the others off. */
const CHECK_IN_ONLY: RemindersPatch = {
  weeklyMeasures: { enabled: false },
  postureBreak: { enabled: false },
};

// Wednesday 18 November 2026; London is on GMT, so local time equals UTC.
describe('check-in reminder', () => {
  it.each(
    named([
      { case: 'not before the prompt hour (18:59)', now: '2026-11-18T18:59:00Z', expected: [] },
      { case: 'from the prompt hour (19:00)', now: '2026-11-18T19:00:00Z', expected: ['check-in'] },
      { case: 'later in the evening (21:30)', now: '2026-11-18T21:30:00Z', expected: ['check-in'] },
      {
        case: 'not once today’s check-in is done',
        now: '2026-11-18T20:00:00Z',
        facts: { hasCheckInToday: true },
        expected: [],
      },
      {
        case: 'not when turned off',
        now: '2026-11-18T20:00:00Z',
        reminders: { checkIn: false },
        expected: [],
      },
      {
        case: 'not again when shown earlier today',
        now: '2026-11-18T21:00:00Z',
        facts: { lastShown: { 'check-in': '2026-11-18T19:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'again when last shown yesterday',
        now: '2026-11-18T19:00:00Z',
        facts: { lastShown: { 'check-in': '2026-11-17T21:59:00.000Z' } },
        expected: ['check-in'],
      },
      {
        case: 'when the last showing is not an ISO instant (counts as never)',
        now: '2026-11-18T20:00:00Z',
        facts: { lastShown: { 'check-in': 'this evening' } },
        expected: ['check-in'],
      },
      {
        case: 'when the last showing has no zone (counts as never)',
        now: '2026-11-18T20:00:00Z',
        facts: { lastShown: { 'check-in': '2026-11-18T19:00:00' } },
        expected: ['check-in'],
      },
      {
        case: 'at an earlier prompt hour (08:00)',
        now: '2026-11-18T08:00:00Z',
        facts: { checkInPromptHour: 8 },
        expected: ['check-in'],
      },
      {
        case: 'not during quiet hours that cover the prompt hour (18-20, at 19:30)',
        now: '2026-11-18T19:30:00Z',
        reminders: { quietHours: { fromHour: 18, toHour: 20 } },
        expected: [],
      },
      {
        case: 'once quiet hours end the same evening (18-20, at 20:00)',
        now: '2026-11-18T20:00:00Z',
        reminders: { quietHours: { fromHour: 18, toHour: 20 } },
        expected: ['check-in'],
      },
      {
        case: 'not for yesterday when quiet hours end next morning (prompt 23, quiet 22-7, at 07:00)',
        now: '2026-11-19T07:00:00Z',
        facts: { checkInPromptHour: 23 },
        expected: [],
      },
      {
        case: 'New York: 20:00 EST on the 17th is 01:00 UTC on the 18th, shown 19:05 EST the same local day',
        now: '2026-11-18T01:00:00Z',
        zone: NEW_YORK,
        facts: { lastShown: { 'check-in': '2026-11-18T00:05:00.000Z' } },
        expected: [],
      },
      {
        case: 'New York: 19:30 EST, last shown the evening before',
        now: '2026-11-18T00:30:00Z',
        zone: NEW_YORK,
        facts: { lastShown: { 'check-in': '2026-11-17T00:30:00.000Z' } },
        expected: ['check-in'],
      },
      {
        case: 'London, the day the clocks go forward: 18:00 UTC is 19:00 BST',
        now: '2026-03-29T18:00:00Z',
        expected: ['check-in'],
      },
      {
        case: 'London, the day the clocks go forward: 17:59 UTC is 18:59 BST',
        now: '2026-03-29T17:59:00Z',
        expected: [],
      },
    ]),
  )('%s', (_case, row) => {
    expect(kindsFor(row, CHECK_IN_ONLY)).toEqual(row.expected);
  });
});

/** Only the weekly reminder on, at the default slot (Monday 10:00), quiet hours off; both measures overdue. */
const WEEKLY_ONLY: RemindersPatch = {
  checkIn: false,
  postureBreak: { enabled: false },
  quietHours: { enabled: false },
};
const OVERDUE = { psfs: '2026-11-02', peg3: '2026-11-02' };
const THREE_DAYS_BEFORE_MONDAY = '2026-11-13';
const NEVER_DONE = { psfs: null, peg3: null };

// Monday 16 November 2026 is the slot's day; the previous slot was Monday 9 November.
describe('weekly measures reminder', () => {
  it.each(
    named([
      {
        case: 'slot day, before the hour (09:59), shown at last week’s slot',
        now: '2026-11-16T09:59:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-09T10:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'slot day, at the hour (10:00), shown at last week’s slot',
        now: '2026-11-16T10:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-09T10:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'slot day, after the hour (15:00), shown last week',
        now: '2026-11-16T15:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-10T08:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'the day after the slot, when the computer was off at it',
        now: '2026-11-17T08:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-09T10:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'never shown before, even before this week’s hour',
        now: '2026-11-16T09:00:00Z',
        facts: { lastMeasureDay: OVERDUE },
        expected: ['weekly-measures'],
      },
      {
        case: 'not again the day after when shown at the slot',
        now: '2026-11-17T08:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-16T10:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'not again on Sunday evening when shown on Monday',
        now: '2026-11-22T21:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-16T10:30:00.000Z' } },
        expected: [],
      },
      {
        case: 'when the last showing is not an ISO instant (counts as never)',
        now: '2026-11-17T08:00:00Z',
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': 'Monday' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'nothing due: both done three days ago',
        now: '2026-11-16T10:00:00Z',
        facts: { lastMeasureDay: { psfs: THREE_DAYS_BEFORE_MONDAY, peg3: THREE_DAYS_BEFORE_MONDAY } },
        expected: [],
      },
      {
        case: 'PSFS never done but no activities, PEG-3 done three days ago: nothing due',
        now: '2026-11-16T10:00:00Z',
        facts: {
          hasPsfsActivities: false,
          lastMeasureDay: { psfs: null, peg3: THREE_DAYS_BEFORE_MONDAY },
        },
        expected: [],
      },
      {
        case: 'PSFS due with activities, PEG-3 done three days ago',
        now: '2026-11-16T10:00:00Z',
        facts: { lastMeasureDay: { psfs: '2026-11-09', peg3: THREE_DAYS_BEFORE_MONDAY } },
        expected: ['weekly-measures'],
      },
      {
        case: 'PEG-3 never taken is not reminded, as in the journal’s notice',
        now: '2026-11-16T10:00:00Z',
        facts: {
          hasPsfsActivities: false,
          lastMeasureDay: { psfs: null, peg3: null },
        },
        expected: [],
      },
      {
        case: 'PEG-3 taken long ago and no PSFS activities: PEG-3 due',
        now: '2026-11-16T10:00:00Z',
        facts: {
          hasPsfsActivities: false,
          lastMeasureDay: { psfs: null, peg3: '2026-10-01' },
        },
        expected: ['weekly-measures'],
      },
      {
        case: 'a measure falling due mid-week (PEG-3 done last Wednesday) is reminded that Wednesday',
        now: '2026-11-18T09:00:00Z',
        facts: {
          lastMeasureDay: { psfs: THREE_DAYS_BEFORE_MONDAY, peg3: '2026-11-11' },
          lastShown: { 'weekly-measures': '2026-11-09T10:00:00.000Z' },
        },
        expected: ['weekly-measures'],
      },
      {
        case: 'not when turned off',
        now: '2026-11-16T10:00:00Z',
        reminders: { weeklyMeasures: { enabled: false } },
        facts: { lastMeasureDay: OVERDUE },
        expected: [],
      },
      {
        case: 'a Sunday 11:00 slot, at 12:00, shown on Saturday',
        now: '2026-11-22T12:00:00Z',
        reminders: { weeklyMeasures: { weekday: 0, hour: 11 } },
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-21T12:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'a Saturday 23:00 slot, on Sunday morning, shown the Saturday before',
        now: '2026-11-22T08:00:00Z',
        reminders: { weeklyMeasures: { weekday: 6, hour: 23 } },
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-14T23:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'not during quiet hours, even at the slot (quiet 9-11)',
        now: '2026-11-16T10:00:00Z',
        reminders: { quietHours: { enabled: true, fromHour: 9, toHour: 11 } },
        facts: { lastMeasureDay: OVERDUE },
        expected: [],
      },
      {
        case: 'as soon as quiet hours end (quiet 9-11, at 11:00)',
        now: '2026-11-16T11:00:00Z',
        reminders: { quietHours: { enabled: true, fromHour: 9, toHour: 11 } },
        facts: { lastMeasureDay: OVERDUE, lastShown: { 'weekly-measures': '2026-11-09T11:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
    ]),
  )('%s', (_case, row) => {
    expect(kindsFor(row, WEEKLY_ONLY)).toEqual(row.expected);
  });
});

// London: clocks go forward at 01:00 GMT on Sunday 29 March 2026 (01:00-01:59 never happens) and back at
// 02:00 BST on Sunday 25 October 2026 (01:00-01:59 happens twice).
describe('weekly measures reminder across daylight-saving changes (Europe/London)', () => {
  const SUNDAY_01 = { weekday: 0, hour: 1 };
  it.each(
    named([
      {
        case: 'spring: a Sunday 01:00 slot, at 00:59 GMT, still before it',
        now: '2026-03-29T00:59:00Z',
        reminders: { weeklyMeasures: SUNDAY_01 },
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-03-22T01:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'spring: a Sunday 01:00 slot that never happens is shown at 02:00 BST',
        now: '2026-03-29T01:00:00Z',
        reminders: { weeklyMeasures: SUNDAY_01 },
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-03-22T01:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'spring: the Monday after, 09:59 BST (08:59 UTC) is before the 10:00 slot',
        now: '2026-03-30T08:59:00Z',
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-03-23T10:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'spring: the Monday after, 10:00 BST is the slot though only 167 hours have passed',
        now: '2026-03-30T09:00:00Z',
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-03-23T10:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'autumn: a Sunday 01:00 slot is shown at the first 01:00 (BST)',
        now: '2026-10-25T00:00:00Z',
        reminders: { weeklyMeasures: SUNDAY_01 },
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-10-18T00:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
      {
        case: 'autumn: and not again when 01:00 comes round a second time (GMT)',
        now: '2026-10-25T01:30:00Z',
        reminders: { weeklyMeasures: SUNDAY_01 },
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-10-25T00:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'autumn: the Monday after, 09:59 GMT is before the slot though 169 hours have passed',
        now: '2026-10-26T09:59:00Z',
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-10-19T09:00:00.000Z' } },
        expected: [],
      },
      {
        case: 'autumn: the Monday after, 10:00 GMT is the slot',
        now: '2026-10-26T10:00:00Z',
        facts: { lastMeasureDay: NEVER_DONE, lastShown: { 'weekly-measures': '2026-10-19T09:00:00.000Z' } },
        expected: ['weekly-measures'],
      },
    ]),
  )('%s', (_case, row) => {
    expect(kindsFor(row, WEEKLY_ONLY)).toEqual(row.expected);
  });
});

/** Only the posture reminder on, after 50 minutes; quiet hours at their defaults (22-7). */
const POSTURE_ONLY: RemindersPatch = {
  checkIn: false,
  weeklyMeasures: { enabled: false },
  postureBreak: { enabled: true, afterMinutes: 50 },
};
const AFTERNOON = '2026-11-18T14:00:00Z';
const minutesBefore = (minutes: number): string =>
  new Date(Date.parse(AFTERNOON) - minutes * MINUTE).toISOString();

describe('posture break reminder', () => {
  it.each(
    named([
      { case: 'not away from the computer', now: AFTERNOON, atDeskMinutes: null, expected: [] },
      { case: 'not before 50 minutes (49)', now: AFTERNOON, atDeskMinutes: 49, expected: [] },
      { case: 'at 50 minutes', now: AFTERNOON, atDeskMinutes: 50, expected: ['posture-break'] },
      { case: 'after 50 minutes (100)', now: AFTERNOON, atDeskMinutes: 100, expected: ['posture-break'] },
      {
        case: 'not 30 minutes after it was shown in the same stretch',
        now: AFTERNOON,
        atDeskMinutes: 80,
        facts: { lastShown: { 'posture-break': minutesBefore(30) } },
        expected: [],
      },
      {
        case: 'not 49 minutes after it was shown in the same stretch',
        now: AFTERNOON,
        atDeskMinutes: 99,
        facts: { lastShown: { 'posture-break': minutesBefore(49) } },
        expected: [],
      },
      {
        case: 'again 50 minutes after it was shown in the same stretch',
        now: AFTERNOON,
        atDeskMinutes: 100,
        facts: { lastShown: { 'posture-break': minutesBefore(50) } },
        expected: ['posture-break'],
      },
      {
        case: 'a new stretch after a break: not before its own 50 minutes',
        now: AFTERNOON,
        atDeskMinutes: 20,
        facts: { lastShown: { 'posture-break': minutesBefore(30) } },
        expected: [],
      },
      {
        case: 'a new stretch after a break: at its own 50 minutes',
        now: AFTERNOON,
        atDeskMinutes: 50,
        facts: { lastShown: { 'posture-break': minutesBefore(60) } },
        expected: ['posture-break'],
      },
      {
        case: 'when the last showing is not an ISO instant (counts as never)',
        now: AFTERNOON,
        atDeskMinutes: 60,
        facts: { lastShown: { 'posture-break': '' } },
        expected: ['posture-break'],
      },
      {
        case: 'at a shorter setting (15 minutes)',
        now: AFTERNOON,
        atDeskMinutes: 15,
        reminders: { postureBreak: { afterMinutes: 15 } },
        expected: ['posture-break'],
      },
      {
        case: 'not when the stretch starts in the future',
        now: AFTERNOON,
        atDeskMinutes: -60,
        expected: [],
      },
      {
        case: 'not when turned off',
        now: AFTERNOON,
        atDeskMinutes: 120,
        reminders: { postureBreak: { enabled: false } },
        expected: [],
      },
      {
        case: 'not during quiet hours (23:00)',
        now: '2026-11-18T23:00:00Z',
        atDeskMinutes: 120,
        expected: [],
      },
    ]),
  )('%s', (_case, row) => {
    expect(kindsFor(row, POSTURE_ONLY)).toEqual(row.expected);
  });
});

describe('isQuietHour', () => {
  it.each([
    { from: 22, to: 7, hour: 21, expected: false },
    { from: 22, to: 7, hour: 22, expected: true },
    { from: 22, to: 7, hour: 23, expected: true },
    { from: 22, to: 7, hour: 0, expected: true },
    { from: 22, to: 7, hour: 6, expected: true },
    { from: 22, to: 7, hour: 7, expected: false },
    { from: 9, to: 17, hour: 8, expected: false },
    { from: 9, to: 17, hour: 9, expected: true },
    { from: 9, to: 17, hour: 16, expected: true },
    { from: 9, to: 17, hour: 17, expected: false },
    { from: 23, to: 0, hour: 23, expected: true },
    { from: 23, to: 0, hour: 0, expected: false },
    { from: 0, to: 1, hour: 0, expected: true },
    { from: 10, to: 10, hour: 10, expected: false },
    { from: 10, to: 10, hour: 3, expected: false },
    { from: 0, to: 0, hour: 0, expected: false },
  ])('quiet $from-$to at $hour:00 → $expected', ({ from, to, hour, expected }) => {
    expect(isQuietHour({ enabled: true, fromHour: from, toHour: to }, hour)).toBe(expected);
  });

  it('is never quiet when turned off', () => {
    expect(isQuietHour({ enabled: false, fromHour: 22, toHour: 7 }, 23)).toBe(false);
  });
});

// Everything due at once: evening, no check-in, PSFS never done (with activities), at the computer for an hour.
const ALL_DUE: Partial<Omit<ReminderFacts, 'now' | 'timeZone' | 'reminders'>> = {
  lastMeasureDay: { psfs: null, peg3: null },
};
const ALL_ON: RemindersPatch = { postureBreak: { enabled: true, afterMinutes: 50 } };

describe('quiet hours silence every reminder', () => {
  it.each(
    named([
      {
        case: 'outside the default 22-7 (21:30)',
        now: '2026-11-18T21:30:00Z',
        expected: [...SCHEDULED_REMINDER_KINDS],
      },
      { case: 'inside 22-7 before midnight (22:30)', now: '2026-11-18T22:30:00Z', expected: [] },
      { case: 'inside 22-7 after midnight (06:59)', now: '2026-11-19T06:59:00Z', expected: [] },
      {
        case: 'quiet hours turned off (22:30)',
        now: '2026-11-18T22:30:00Z',
        reminders: { quietHours: { enabled: false } },
        expected: [...SCHEDULED_REMINDER_KINDS],
      },
      {
        case: 'from === to means none (22-22, at 22:30)',
        now: '2026-11-18T22:30:00Z',
        reminders: { quietHours: { fromHour: 22, toHour: 22 } },
        expected: [...SCHEDULED_REMINDER_KINDS],
      },
      {
        case: 'a daytime range (19-21, at 20:00)',
        now: '2026-11-18T20:00:00Z',
        reminders: { quietHours: { fromHour: 19, toHour: 21 } },
        expected: [],
      },
      {
        case: 'Sydney 22-7: 12:30 UTC is 23:30 AEDT, quiet there',
        now: '2026-11-18T12:30:00Z',
        zone: SYDNEY,
        expected: [],
      },
      {
        case: 'Sydney 22-7: 20:30 UTC is 07:30 AEDT next day, after quiet hours',
        now: '2026-11-18T20:30:00Z',
        zone: SYDNEY,
        expected: ['weekly-measures', 'posture-break'],
      },
      {
        case: 'Sydney 22-7: 10:30 UTC is 21:30 AEDT, before quiet hours',
        now: '2026-11-18T10:30:00Z',
        zone: SYDNEY,
        expected: [...SCHEDULED_REMINDER_KINDS],
      },
    ]),
  )('%s', (_case, row) => {
    expect(kindsFor({ ...row, atDeskMinutes: 60, facts: ALL_DUE }, ALL_ON)).toEqual(row.expected);
  });

  it('property: nothing is ever returned during quiet hours', () => {
    const zones = [LONDON, NEW_YORK, SYDNEY, 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
    const hourIn = (ms: number, timeZone: string): number =>
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
          new Date(ms),
        ),
      );
    const hourArb = fc.integer({ min: 0, max: 23 });
    const dayArb = fc
      .integer({ min: 19_000, max: 22_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const instantNear = (nowMs: number) =>
      fc.integer({ min: -30 * 86_400_000, max: 86_400_000 }).map((delta) => new Date(nowMs + delta));
    const factsArb = fc
      .record({
        nowMs: fc.integer({
          min: Date.parse('2024-01-01T00:00:00Z'),
          max: Date.parse('2030-12-31T00:00:00Z'),
        }),
        timeZone: fc.constantFrom(...zones),
        checkInPromptHour: hourArb,
        reminders: fc.record({
          checkIn: fc.boolean(),
          weeklyMeasures: fc.record({
            enabled: fc.boolean(),
            weekday: fc.integer({ min: 0, max: 6 }),
            hour: hourArb,
          }),
          postureBreak: fc.record({ enabled: fc.boolean(), afterMinutes: fc.integer({ min: 15, max: 240 }) }),
          quietHours: fc.record({ enabled: fc.constant(true), fromHour: hourArb, toHour: hourArb }),
          followUp: fc.constant(DEFAULT_REMINDER_PREFERENCES.followUp),
        }),
        hasCheckInToday: fc.boolean(),
        lastMeasureDay: fc.record({
          psfs: fc.option(dayArb, { nil: null }),
          peg3: fc.option(dayArb, { nil: null }),
        }),
        hasPsfsActivities: fc.boolean(),
      })
      .chain((base) =>
        fc
          .record({
            deskStretchStartedAt: fc.option(instantNear(base.nowMs), { nil: null }),
            lastShown: fc.record(
              {
                'check-in': instantNear(base.nowMs).map((d) => d.toISOString()),
                'weekly-measures': instantNear(base.nowMs).map((d) => d.toISOString()),
                'posture-break': instantNear(base.nowMs).map((d) => d.toISOString()),
              },
              { requiredKeys: [] },
            ),
          })
          .map((rest): ReminderFacts => {
            const { nowMs, ...others } = base;
            return { now: new Date(nowMs), ...others, ...rest };
          }),
      );
    fc.assert(
      fc.property(factsArb, (facts) => {
        fc.pre(isQuietHour(facts.reminders.quietHours, hourIn(facts.now.getTime(), facts.timeZone)));
        expect(dueReminders(facts)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('wording', () => {
  const evening = (patch: Partial<Row> = {}) =>
    dueReminders(
      factsFor({ now: '2026-11-18T21:30:00Z', atDeskMinutes: 60, facts: ALL_DUE, ...patch }, ALL_ON),
    );

  it('returns the reminders in REMINDER_KINDS order, each notice of its own kind', () => {
    const due = evening();
    expect(due.map((reminder) => reminder.kind)).toEqual([...SCHEDULED_REMINDER_KINDS]);
    for (const reminder of due) expect(reminder.notice.kind).toBe(reminder.kind);
  });

  it('words the check-in as the journal’s own notice does', () => {
    expect(evening()[0]?.notice).toEqual({
      kind: 'check-in',
      title: 'How was today?',
      body: 'Today’s check-in is still empty. It takes about a minute, pain or no pain.',
    });
  });

  it.each([
    { psfs: null, peg3: '2026-11-01', hasPsfsActivities: true, title: 'Your weekly PSFS and PEG-3 are due' },
    { psfs: null, peg3: '2026-11-16', hasPsfsActivities: true, title: 'Your weekly PSFS is due' },
    { psfs: '2026-11-16', peg3: '2026-11-01', hasPsfsActivities: true, title: 'Your weekly PEG-3 is due' },
    { psfs: null, peg3: '2026-11-01', hasPsfsActivities: false, title: 'Your weekly PEG-3 is due' },
  ])('names only the due measures: “$title”', ({ psfs, peg3, hasPsfsActivities, title }) => {
    const weekly = evening({ facts: { lastMeasureDay: { psfs, peg3 }, hasPsfsActivities } }).find(
      (reminder) => reminder.kind === 'weekly-measures',
    );
    expect(weekly?.notice).toEqual({
      kind: 'weekly-measures',
      title,
      body: 'A few questions that show you and your physiotherapist how things are changing.',
    });
  });

  it.each([
    { minutes: 55, words: 'for 55 minutes' },
    { minutes: 60, words: 'for 1 hour' },
    { minutes: 61, words: 'for 1 hour 1 minute' },
    { minutes: 100, words: 'for 1 hour 40 minutes' },
    { minutes: 120, words: 'for 2 hours' },
    { minutes: 245, words: 'for 4 hours 5 minutes' },
  ])('says how long in words: $minutes minutes → “$words”', ({ minutes, words }) => {
    const posture = evening({ atDeskMinutes: minutes }).find((reminder) => reminder.kind === 'posture-break');
    expect(posture?.notice.title).toBe('Time for a posture break');
    expect(posture?.notice.body).toContain(`You’ve been at the computer ${words}. `);
  });

  it('suggests a desk stretch, with a lower-case name and its catalog description', () => {
    // 21:30 UTC on 18 November 2026 is hour 498,621 since 1970, one past a multiple of 4: the second stretch.
    const posture = evening().find((reminder) => reminder.kind === 'posture-break');
    expect(posture?.notice.body).toBe(
      'You’ve been at the computer for 1 hour. Stand up for a moment and try neck stretches: ' +
        'Tilt or turn your head gently to each side and hold for a few breaths, without forcing it.',
    );
  });

  it.each(DESK_STRETCHES.map((id, hour) => [id, hour] as const))(
    'carries the description and lower-case name of %s in the posture notice',
    (_id, hour) => {
      const now = new Date(Date.parse('2026-11-18T12:00:00Z') + hour * 3_600_000);
      const stretch = suggestedStretch(now);
      const posture = dueReminders(factsFor({ now: now.toISOString(), atDeskMinutes: 60 }, POSTURE_ONLY))[0]
        ?.notice;
      expect(posture?.body).toContain(`try ${stretch.label.toLowerCase()}: ${stretch.description}`);
    },
  );

  it('keeps every notice within the length limits, names no drug and never speaks of causes', () => {
    const notices = [60, 240, 10_000].flatMap((minutes) =>
      DESK_STRETCHES.flatMap((_, hour) => {
        const now = new Date(Date.parse('2026-11-18T19:00:00Z') + hour * 3_600_000);
        return dueReminders(
          factsFor(
            { now: now.toISOString(), atDeskMinutes: minutes, facts: ALL_DUE },
            { ...ALL_ON, quietHours: { enabled: false } },
          ),
        ).map((reminder) => reminder.notice);
      }),
    );
    expect(new Set(notices.map((notice) => notice.kind))).toEqual(new Set(SCHEDULED_REMINDER_KINDS));
    const forbidden = [...DRUG_BRAND_AND_PRESCRIPTION_TERMS, 'ibuprofen', 'naproxen', 'acetaminophen'];
    for (const notice of notices) {
      expect(notice.title.length).toBeGreaterThan(0);
      expect(notice.title.length).toBeLessThanOrEqual(REMINDER_TITLE_MAX);
      expect(notice.body.length).toBeLessThanOrEqual(REMINDER_BODY_MAX);
      const text = `${notice.title} ${notice.body}`.toLowerCase();
      expect(text).not.toMatch(/caus|diagnos/);
      for (const term of forbidden) expect(text).not.toMatch(new RegExp(`\\b${term}\\b`));
    }
  });
});
