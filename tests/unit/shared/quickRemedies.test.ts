import { describe, expect, it } from 'vitest';
import { localDateTimeToIso } from '../../../src/shared/dates';
import {
  MESSAGES,
  emptyDraft,
  validateEpisodeDraft,
  withRemedyKinds,
  type EpisodeDraft,
} from '../../../src/shared/episodeDraft';
import { laterRatingNote, waitInWords, withRatedRemediesBefore } from '../../../src/shared/quickRemedies';
import { withQuickStart } from '../../../src/shared/quickStart';
import { DEFAULT_REMINDER_PREFERENCES } from '../../../src/shared/settings';

const now = new Date('2026-11-25T10:30:00.000Z'); // 10:30 in London (GMT)
const context = { now, toIso: localDateTimeToIso };
const HEAT = '11111111-1111-4111-8111-111111111111';
const WATER = '22222222-2222-4222-8222-222222222222';
// Only "this morning" depends on the zone; the tests below use minutes ago, so any zone gives the same.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A quick-log draft as the form builds it: pain 7, two remedies ticked. */
function quickDraft(): EpisodeDraft {
  const ids = [HEAT, WATER];
  return withRemedyKinds({ ...emptyDraft(now), intensity: 7 }, ['heat', 'water'], () => ids.shift() ?? '');
}

function rate(draft: EpisodeDraft, index: number, painAfter: string, minutesAfter: string): EpisodeDraft {
  return {
    ...draft,
    remedies: draft.remedies.map((r, i) => (i === index ? { ...r, painAfter, minutesAfter } : r)),
  };
}

describe('withRatedRemediesBefore', () => {
  it('gives a rated remedy the pain chosen above as its before, and leaves an unrated one unrated', () => {
    const draft = withRatedRemediesBefore(rate(quickDraft(), 0, '3', '20'));
    expect(draft.remedies.map((r) => r.painBefore)).toEqual(['7', '']);
  });

  it('keeps a before already typed (in the full editor) and does nothing before a pain is chosen', () => {
    const rated = rate(quickDraft(), 0, '3', '');
    const typed = { ...rated, remedies: rated.remedies.map((r) => ({ ...r, painBefore: '8' })) };
    expect(withRatedRemediesBefore(typed).remedies.map((r) => r.painBefore)).toEqual(['8', '8']);
    const noPain = { ...rate(quickDraft(), 0, '3', ''), intensity: null };
    expect(withRatedRemediesBefore(noPain)).toBe(noPain);
  });
});

describe('a quick-log draft: started 30 min ago, a remedy rated', () => {
  it('validates into the episode to save', () => {
    const draft = rate(withQuickStart(quickDraft(), '30-min', now, zone), 0, '3', '20');
    const result = validateEpisodeDraft(withRatedRemediesBefore(draft), context);
    expect(result).toEqual({
      ok: true,
      value: {
        startedAt: '2026-11-25T10:00:00.000Z',
        endedAt: null,
        intensity: 7,
        regions: [],
        qualities: [],
        triggers: [],
        remedies: [
          {
            id: HEAT,
            kind: 'heat',
            medicationName: null,
            dose: null,
            painBefore: 7,
            painAfter: 3,
            minutesAfter: 20,
          },
          {
            id: WATER,
            kind: 'water',
            medicationName: null,
            dose: null,
            painBefore: null,
            painAfter: null,
            minutesAfter: null,
          },
        ],
        redFlags: [],
        notes: '',
      },
    });
  });

  it('refuses a rating out of range at its field, and the draft keeps what was typed', () => {
    const draft = rate(withQuickStart(quickDraft(), '30-min', now, zone), 0, '12', 'soon');
    const before = JSON.stringify(draft);
    const result = validateEpisodeDraft(withRatedRemediesBefore(draft), context);
    expect(result).toEqual({
      ok: false,
      errors: { 'remedies.0.painAfter': MESSAGES.rating, 'remedies.0.minutesAfter': MESSAGES.minutesAfter },
    });
    expect(JSON.stringify(draft)).toBe(before);
    expect(draft.remedies[0]).toMatchObject({ painAfter: '12', minutesAfter: 'soon' });
  });
});

describe('waitInWords', () => {
  it.each([
    [15, '15 minutes'],
    [45, '45 minutes'],
    [60, 'an hour'],
    [120, '2 hours'],
    [90, '1 h 30 min'],
  ])('%i minutes reads "%s"', (minutes, words) => {
    expect(waitInWords(minutes)).toBe(words);
  });
});

describe('laterRatingNote', () => {
  const facts = {
    startedAt: '2026-11-25T10:00:00.000Z',
    intensity: 7,
    now,
    timeZone: 'Europe/London',
    reminders: DEFAULT_REMINDER_PREFERENCES,
  };
  const withFollowUp = (followUp: { enabled: boolean; afterMinutes: number }) => ({
    ...facts,
    reminders: { ...DEFAULT_REMINDER_PREFERENCES, followUp },
  });

  it('says when the follow-up will ask, from the setting', () => {
    expect(laterRatingNote(facts)).toBe('Leave it empty and we’ll ask how it is in an hour.');
    expect(laterRatingNote(withFollowUp({ enabled: true, afterMinutes: 30 }))).toBe(
      'Leave it empty and we’ll ask how it is in 30 minutes.',
    );
  });

  it('points to History when follow-ups are off, or none will come', () => {
    const history = 'Leave it empty to rate it later in History.';
    expect(laterRatingNote(withFollowUp({ enabled: false, afterMinutes: 60 }))).toBe(history);
    // No follow-up for pain 0, nor for an episode that started more than 12 hours before it was logged.
    expect(laterRatingNote({ ...facts, intensity: 0 })).toBe(history);
    expect(laterRatingNote({ ...facts, startedAt: '2026-11-24T22:00:00.000Z' })).toBe(history);
  });

  it('says it waits for quiet hours when the follow-up would fall in them', () => {
    // Logged at 21:30 in London; an hour later is 22:30, inside the default quiet hours (22:00-07:00).
    const evening = new Date('2026-11-25T21:30:00.000Z');
    expect(laterRatingNote({ ...facts, now: evening, startedAt: evening.toISOString() })).toBe(
      'Leave it empty and we’ll ask how it is once your quiet hours are over.',
    );
  });
});
