import { describe, expect, it } from 'vitest';
import { formatClockTime } from '../../../../src/shared/dates';
import {
  FRESH_MINUTES,
  dueFollowUps,
  followUpFor,
  withFollowUpAnswer,
  type FollowUpFacts,
} from '../../../../src/shared/followUps';
import {
  followUpDetail,
  followUpNotice,
  followUpThanks,
  followUpTitle,
} from '../../../../src/shared/followUps/wording';
import { REMINDER_BODY_MAX, REMINDER_TITLE_MAX } from '../../../../src/shared/api';
import { DRUG_BRAND_AND_PRESCRIPTION_TERMS } from '../../../../src/shared/taxonomy/brandDenylist';
import { REMEDY_IDS } from '../../../../src/shared/taxonomy/remedies';
import { DEFAULT_REMINDER_PREFERENCES } from '../../../../src/shared/settings';
import { episode } from '../../../fixtures/builders';

const ZONE = 'Europe/London';
// The clock style is this machine's locale's; the words around it are what is tested.
const clock = (iso: string) => formatClockTime(iso, { timeZone: ZONE });
// 14:05 London time on a winter day (UTC+0).
const LOGGED = '2026-11-20T14:05:00.000Z';

function facts(nowIso: string, patch: Partial<FollowUpFacts> = {}): FollowUpFacts {
  return {
    now: new Date(nowIso),
    timeZone: ZONE,
    preferences: { enabled: true, afterMinutes: 60 },
    quietHours: DEFAULT_REMINDER_PREFERENCES.quietHours,
    ...patch,
  };
}

const logged = (patch = {}) => episode(LOGGED, 6, { createdAt: LOGGED, ...patch });

describe('followUpFor', () => {
  it('is not due before the chosen time, and due on it, about now', () => {
    expect(followUpFor(logged(), facts('2026-11-20T15:04:00.000Z'))).toBeNull();
    expect(followUpFor(logged(), facts('2026-11-20T15:05:00.000Z'))).toMatchObject({
      state: 'now',
      dueAt: '2026-11-20T15:05:00.000Z',
    });
  });

  it('follows the chosen delay, and asks nothing when follow-ups are off', () => {
    const ninety = { enabled: true, afterMinutes: 90 };
    expect(followUpFor(logged(), facts('2026-11-20T15:05:00.000Z', { preferences: ninety }))).toBeNull();
    expect(followUpFor(logged(), facts('2026-11-20T15:35:00.000Z', { preferences: ninety }))).not.toBeNull();
    const off = { enabled: false, afterMinutes: 60 };
    expect(followUpFor(logged(), facts('2026-11-20T15:35:00.000Z', { preferences: off }))).toBeNull();
  });

  it('waits for a snooze to end', () => {
    const snoozed = logged({ followUpSnoozedUntil: '2026-11-20T15:20:00.000Z' });
    expect(followUpFor(snoozed, facts('2026-11-20T15:10:00.000Z'))).toBeNull();
    expect(followUpFor(snoozed, facts('2026-11-20T15:20:00.000Z'))).toMatchObject({
      dueAt: '2026-11-20T15:20:00.000Z',
    });
  });

  it('holds back during quiet hours and offers it, as missed, when they end', () => {
    // Logged 21:30; due 22:30, inside quiet hours 22:00-07:00.
    const late = episode('2026-11-20T21:30:00.000Z', 5, { createdAt: '2026-11-20T21:30:00.000Z' });
    expect(followUpFor(late, facts('2026-11-20T22:30:00.000Z'))).toBeNull();
    expect(followUpFor(late, facts('2026-11-21T06:59:00.000Z'))).toBeNull();
    expect(followUpFor(late, facts('2026-11-21T07:00:00.000Z'))).toMatchObject({
      state: 'missed',
      dueAt: '2026-11-20T22:30:00.000Z',
    });
  });

  it('uses the local hour for quiet hours (a zone far from UTC)', () => {
    // 09:30 UTC is 22:30 in Auckland (UTC+13 in November): quiet there.
    const auckland = episode('2026-11-20T08:30:00.000Z', 5, { createdAt: '2026-11-20T08:30:00.000Z' });
    expect(
      followUpFor(auckland, facts('2026-11-20T09:30:00.000Z', { timeZone: 'Pacific/Auckland' })),
    ).toBeNull();
    expect(followUpFor(auckland, facts('2026-11-20T09:30:00.000Z'))).not.toBeNull();
  });

  it('turns into a missed follow-up after a while, and is let go a day after logging', () => {
    const fresh = Date.parse('2026-11-20T15:05:00.000Z') + FRESH_MINUTES * 60_000;
    expect(followUpFor(logged(), facts(new Date(fresh).toISOString()))?.state).toBe('now');
    expect(followUpFor(logged(), facts(new Date(fresh + 60_000).toISOString()))).toMatchObject({
      state: 'missed',
      earliestAt: LOGGED,
    });
    expect(followUpFor(logged(), facts('2026-11-21T14:05:00.000Z'))).not.toBeNull();
    expect(followUpFor(logged(), facts('2026-11-21T14:06:00.000Z'))).toBeNull();
  });

  it.each([
    [
      'answered',
      {
        followUp: {
          at: LOGGED,
          pain: 3,
          stopped: false,
          painBefore: 6,
          minutesAfter: 60,
          answeredAt: LOGGED,
        },
      },
    ],
    ['dismissed', { followUpDismissedAt: LOGGED }],
    ['deleted', { deletedAt: LOGGED }],
    ['given an end', { endedAt: '2026-11-20T14:30:00.000Z' }],
    ['without pain', { intensity: 0 }],
    ['logged long after it started', { startedAt: '2026-11-19T20:00:00.000Z' }],
  ])('asks nothing about an episode %s', (_case, patch) => {
    expect(followUpFor(logged(patch), facts('2026-11-20T15:30:00.000Z'))).toBeNull();
  });

  it('lists the most recently logged first', () => {
    const older = episode('2026-11-20T12:00:00.000Z', 4, { createdAt: '2026-11-20T12:00:00.000Z' });
    const newer = logged();
    const due = dueFollowUps([older, newer], facts('2026-11-20T15:30:00.000Z'));
    expect(due.map((d) => d.episode.id)).toEqual([newer.id, older.id]);
    expect(due.map((d) => d.state)).toEqual(['now', 'missed']);
  });
});

describe('withFollowUpAnswer', () => {
  const heat = {
    id: '0e0e0e0e-0000-4000-8000-000000000001',
    kind: 'heat' as const,
    medicationName: null,
    dose: null,
    painBefore: null,
    painAfter: null,
    minutesAfter: null,
  };
  const rolls = { ...heat, id: '0e0e0e0e-0000-4000-8000-000000000002', kind: 'shoulder-rolls' as const };

  it('keeps the answer with its before and timing, and rates every unrated remedy with it', () => {
    const answered = withFollowUpAnswer(
      logged({ remedies: [heat, { ...rolls, painBefore: 7, painAfter: 5, minutesAfter: 20 }] }),
      {
        pain: 3,
        stopped: false,
        at: '2026-11-20T15:05:00.000Z',
        answeredAt: '2026-11-20T15:06:00.000Z',
      },
    );
    expect(answered.followUp).toEqual({
      at: '2026-11-20T15:05:00.000Z',
      pain: 3,
      stopped: false,
      painBefore: 6,
      minutesAfter: 60,
      answeredAt: '2026-11-20T15:06:00.000Z',
    });
    expect(answered.endedAt).toBeNull();
    expect(answered.remedies).toEqual([
      { ...heat, painBefore: 6, painAfter: 3, minutesAfter: 60 },
      // Rated by the person already: left as they rated it.
      { ...rolls, painBefore: 7, painAfter: 5, minutesAfter: 20 },
    ]);
  });

  it('ends the episode when it has stopped, at the time the answer is about', () => {
    const answered = withFollowUpAnswer(logged({ remedies: [heat] }), {
      pain: 4,
      stopped: true,
      at: '2026-11-20T15:35:00.000Z',
      answeredAt: '2026-11-20T18:00:00.000Z',
    });
    expect(answered.endedAt).toBe('2026-11-20T15:35:00.000Z');
    expect(answered.followUp).toMatchObject({ pain: 0, stopped: true, minutesAfter: 90 });
    expect(answered.remedies[0]).toMatchObject({ painAfter: 0, minutesAfter: 90 });
  });
});

describe('follow-up words', () => {
  it('asks about now, or about a time for a missed one, and says what was noted', () => {
    const withHeat = logged({
      remedies: [
        {
          id: '0e0e0e0e-0000-4000-8000-000000000003',
          kind: 'heat',
          medicationName: null,
          dose: null,
          painBefore: null,
          painAfter: null,
          minutesAfter: null,
        },
      ],
    });
    expect(followUpTitle({ state: 'now', episode: withHeat }, ZONE)).toBe('How is your back now?');
    expect(followUpTitle({ state: 'missed', episode: withHeat }, ZONE)).toBe(
      `How did your pain from ${clock(LOGGED)} go?`,
    );
    expect(followUpDetail(withHeat, ZONE)).toBe(
      `Your pain from ${clock(LOGGED)} was 6/10, and you tried heat.`,
    );
    const answered = withFollowUpAnswer(withHeat, {
      pain: 3,
      stopped: false,
      at: '2026-11-20T15:05:00.000Z',
      answeredAt: '2026-11-20T15:05:00.000Z',
    });
    expect(followUpThanks(answered, ZONE)).toBe(
      `Thanks. Noted 3/10 at ${clock('2026-11-20T15:05:00.000Z')}. That is also the after-rating of what you tried.`,
    );
  });
});

describe('the follow-up notification', () => {
  it('fits a notification, names no drug and says how to answer, whatever was tried', () => {
    const remedies = REMEDY_IDS.map((kind, index) => ({
      id: `0e0e0e0e-0000-4000-8000-${String(100 + index).padStart(12, '0')}`,
      kind,
      medicationName: null,
      dose: null,
      painBefore: null,
      painAfter: null,
      minutesAfter: null,
    }));
    for (const tried of [[], remedies.slice(0, 3), remedies]) {
      const due = followUpFor(logged({ remedies: tried }), facts('2026-11-20T15:05:00.000Z'));
      if (due === null) throw new Error('expected a follow-up');
      const { title, body } = followUpNotice(due, ZONE);
      expect(title.length).toBeLessThanOrEqual(REMINDER_TITLE_MAX);
      expect(body.length).toBeLessThanOrEqual(REMINDER_BODY_MAX);
      expect(body).toContain('one key answers');
      const words = `${title} ${body}`.toLowerCase();
      for (const term of DRUG_BRAND_AND_PRESCRIPTION_TERMS) expect(words).not.toContain(term.toLowerCase());
      expect(words).not.toMatch(/ibuprofen|naproxen|acetaminophen|caus/);
    }
  });
});

describe('follow-up words for an episode that started before it was logged', () => {
  it('names the episode by its start, as the journal does, and says when its rating was given', () => {
    const earlier = episode('2026-11-20T13:50:00.000Z', 6, { createdAt: LOGGED });
    expect(followUpTitle({ state: 'missed', episode: earlier }, ZONE)).toBe(
      `How did your pain from ${clock('2026-11-20T13:50:00.000Z')} go?`,
    );
    expect(followUpDetail(earlier, ZONE)).toBe(
      `Your pain from ${clock('2026-11-20T13:50:00.000Z')} was 6/10 when you logged it at ${clock(LOGGED)}.`,
    );
  });

  it('does not claim to rate a remedy the person had already rated', () => {
    const rated = logged({
      remedies: [
        {
          id: '0e0e0e0e-0000-4000-8000-000000000009',
          kind: 'shoulder-rolls',
          medicationName: null,
          dose: null,
          painBefore: 5,
          painAfter: 2,
          minutesAfter: 20,
        },
      ],
    });
    const answered = withFollowUpAnswer(rated, {
      pain: 3,
      stopped: false,
      at: '2026-11-20T15:05:00.000Z',
      answeredAt: '2026-11-20T15:05:00.000Z',
    });
    expect(followUpThanks(answered, ZONE)).toBe(
      `Thanks. Noted 3/10 at ${clock('2026-11-20T15:05:00.000Z')}.`,
    );
  });
});
