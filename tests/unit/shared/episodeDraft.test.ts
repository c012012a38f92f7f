import { describe, expect, it } from 'vitest';
import { localDateTimeToIso } from '../../../src/shared/dates';
import {
  MESSAGES,
  draftFromEpisode,
  emptyDraft,
  newRemedyDraft,
  newTriggerDraft,
  parseDecimal,
  parseWholeNumber,
  validateEpisodeDraft,
  withQualities,
  withRemedyKinds,
  withTriggerKinds,
  type EpisodeDraft,
} from '../../../src/shared/episodeDraft';
import { episodeSchema, type Episode } from '../../../src/shared/model';

const now = new Date('2026-11-21T12:00:00.000Z'); // 12:00 in London (GMT)
const context = { now, toIso: localDateTimeToIso };
const ID = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

function draft(patch: Partial<EpisodeDraft> = {}): EpisodeDraft {
  return { ...emptyDraft(now), intensity: 6, ...patch };
}

describe('validateEpisodeDraft', () => {
  it('accepts the minimal episode: a pain level, started now', () => {
    const result = validateEpisodeDraft(draft(), context);
    expect(result).toEqual({
      ok: true,
      value: {
        startedAt: '2026-11-21T12:00:00.000Z',
        endedAt: null,
        intensity: 6,
        regions: [],
        qualities: [],
        triggers: [],
        remedies: [],
        redFlags: [],
        notes: '',
      },
    });
  });

  it('asks for a pain level when none was chosen', () => {
    const result = validateEpisodeDraft(draft({ intensity: null }), context);
    expect(result).toEqual({ ok: false, errors: { intensity: MESSAGES.intensityMissing } });
  });

  it.each([-1, 11, 4.5])('refuses pain level %s', (intensity) => {
    const result = validateEpisodeDraft(draft({ intensity }), context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.intensity).toBe(MESSAGES.intensityRange);
  });

  it('refuses an end before the start', () => {
    const result = validateEpisodeDraft(
      draft({ startedAt: '2026-11-21T10:00', endedAt: '2026-11-21T09:59' }),
      context,
    );
    expect(result).toEqual({ ok: false, errors: { endedAt: MESSAGES.endBeforeStart } });
  });

  it('allows a start a few minutes ahead of the clock but refuses one further in the future', () => {
    expect(validateEpisodeDraft(draft({ startedAt: '2026-11-21T12:04' }), context).ok).toBe(true);
    expect(validateEpisodeDraft(draft({ startedAt: '2026-11-21T12:06' }), context)).toEqual({
      ok: false,
      errors: { startedAt: MESSAGES.startFuture },
    });
  });

  it('refuses an end time in the future', () => {
    const result = validateEpisodeDraft(
      draft({ startedAt: '2026-11-21T11:00', endedAt: '2026-11-21T13:00' }),
      context,
    );
    expect(result).toEqual({ ok: false, errors: { endedAt: MESSAGES.endFuture } });
  });

  it('refuses an episode longer than a week', () => {
    const result = validateEpisodeDraft(
      draft({ startedAt: '2026-11-10T11:00', endedAt: '2026-11-18T11:00' }),
      context,
    );
    expect(result).toEqual({ ok: false, errors: { endedAt: MESSAGES.tooLong } });
  });

  it('asks for a start time when it was cleared', () => {
    expect(validateEpisodeDraft(draft({ startedAt: '' }), context)).toEqual({
      ok: false,
      errors: { startedAt: MESSAGES.startMissing },
    });
  });

  it('reports every bad detail at once, keyed by the field it belongs to', () => {
    const workout = { ...newTriggerDraft('workout', ID), effort: '12' };
    const stress = { ...newTriggerDraft('stress', ID2), level: 'high' };
    const heat = { ...newRemedyDraft('heat', ID), painBefore: '7', painAfter: '-1', minutesAfter: '2000' };
    const result = validateEpisodeDraft(draft({ triggers: [workout, stress], remedies: [heat] }), context);
    expect(result).toEqual({
      ok: false,
      errors: {
        'triggers.0.effort': MESSAGES.rating,
        'triggers.1.level': MESSAGES.rating,
        'remedies.0.painAfter': MESSAGES.rating,
        'remedies.0.minutesAfter': MESSAGES.minutesAfter,
      },
    });
  });

  it('says how long notes are when they are too long', () => {
    const result = validateEpisodeDraft(draft({ notes: 'x'.repeat(5001) }), context);
    expect(result).toEqual({
      ok: false,
      errors: { notes: 'Notes can be up to 5,000 characters; this has 5,001.' },
    });
  });

  it('turns trigger and remedy details into numbers, keeping empty ones as not recorded', () => {
    const result = validateEpisodeDraft(
      draft({
        triggers: [
          { ...newTriggerDraft('posture', ID), deskHours: '7,5', position: 'laptop-hunched' },
          { ...newTriggerDraft('withdrawal', ID2), substance: 'alcohol', dayNumber: '3' },
        ],
        remedies: [{ ...newRemedyDraft('heat', ID), painBefore: '7', painAfter: '4', minutesAfter: '30' }],
      }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.triggers).toEqual([
      { id: ID, kind: 'posture', note: '', deskHours: 7.5, position: 'laptop-hunched' },
      { id: ID2, kind: 'withdrawal', note: '', substance: 'alcohol', dayNumber: 3 },
    ]);
    expect(result.value.remedies).toEqual([
      {
        id: ID,
        kind: 'heat',
        medicationName: null,
        dose: null,
        painBefore: 7,
        painAfter: 4,
        minutesAfter: 30,
      },
    ]);
  });

  it('keeps a medication name and dose only for medication remedies', () => {
    const result = validateEpisodeDraft(
      draft({
        remedies: [
          {
            ...newRemedyDraft('prescribed-medication', ID),
            medicationName: ' My tablets ',
            dose: '1 tablet',
          },
          { ...newRemedyDraft('walking', ID2), medicationName: 'ignored' },
        ],
      }),
      context,
    );
    expect(result.ok && result.value.remedies.map((r) => [r.medicationName, r.dose])).toEqual([
      ['My tablets', '1 tablet'],
      [null, null],
    ]);
  });
});

describe('number parsing', () => {
  it('reads whole numbers in range and tells empty from invalid', () => {
    expect(parseWholeNumber('', 0, 10)).toBeNull();
    expect(parseWholeNumber(' 7 ', 0, 10)).toBe(7);
    expect(parseWholeNumber('0', 0, 10)).toBe(0);
    expect(parseWholeNumber('11', 0, 10)).toBeUndefined();
    expect(parseWholeNumber('7.5', 0, 10)).toBeUndefined();
    expect(parseWholeNumber('1e1', 0, 10)).toBeUndefined();
  });

  it('reads decimals with a point or a comma', () => {
    expect(parseDecimal('7.5', 0, 24)).toBe(7.5);
    expect(parseDecimal('7,5', 0, 24)).toBe(7.5);
    expect(parseDecimal('25', 0, 24)).toBeUndefined();
    expect(parseDecimal('', 0, 24)).toBeNull();
  });
});

describe('draftFromEpisode', () => {
  it('round-trips a stored episode through the form unchanged', () => {
    const episode: Episode = episodeSchema.parse({
      id: ID,
      startedAt: '2026-07-01T13:05:00.000Z',
      endedAt: '2026-07-01T14:35:00.000Z',
      intensity: 8,
      regions: ['between-shoulder-blades', 'neck'],
      qualities: ['stiffness'],
      triggers: [{ id: ID2, kind: 'workout', note: 'deadlifts', workoutType: 'weightlifting', effort: 9 }],
      remedies: [
        {
          id: ID,
          kind: 'heat',
          medicationName: null,
          dose: null,
          painBefore: 8,
          painAfter: 5,
          minutesAfter: 20,
        },
      ],
      redFlags: ['night-rest-pain'],
      notes: 'After the gym',
      createdAt: '2026-07-01T15:00:00.000Z',
      updatedAt: '2026-07-01T15:00:00.000Z',
      deletedAt: null,
    });
    const form = draftFromEpisode(episode);
    expect(form.startedAt).toBe('2026-07-01T14:05');
    const result = validateEpisodeDraft(form, { now, toIso: localDateTimeToIso });
    expect(result).toEqual({
      ok: true,
      value: {
        id: ID,
        startedAt: episode.startedAt,
        endedAt: episode.endedAt,
        intensity: 8,
        regions: episode.regions,
        qualities: episode.qualities,
        triggers: episode.triggers,
        remedies: episode.remedies,
        redFlags: ['night-rest-pain'],
        notes: 'After the gym',
      },
    });
  });
});

describe('withTriggerKinds and withRemedyKinds', () => {
  let n = 0;
  const nextId = () => `id-${(n += 1)}`;

  it('keeps the details typed for a kind that stays and starts new kinds empty', () => {
    const start = { ...draft(), triggers: [{ ...newTriggerDraft('stress', 'kept'), level: '8' }] };
    const next = withTriggerKinds(start, ['workout', 'stress'], nextId);
    expect(next.triggers.map((t) => [t.kind, t.id, t.level])).toEqual([
      ['workout', 'id-1', ''],
      ['stress', 'kept', '8'],
    ]);
    expect(withTriggerKinds(next, [], nextId).triggers).toEqual([]);
  });

  it('fills a new withdrawal trigger from the withdrawal period, but never overwrites one typed', () => {
    const prefill = { substance: 'alcohol' as const, dayNumber: 12 };
    const next = withTriggerKinds(draft(), ['withdrawal'], nextId, prefill);
    expect(next.triggers.map((t) => [t.substance, t.dayNumber])).toEqual([['alcohol', '12']]);
    const typed = { ...draft(), triggers: [{ ...newTriggerDraft('withdrawal', 'w'), dayNumber: '3' }] };
    expect(withTriggerKinds(typed, ['withdrawal'], nextId, prefill).triggers[0]?.dayNumber).toBe('3');
  });

  it('does the same for remedies', () => {
    const start = { ...draft(), remedies: [{ ...newRemedyDraft('heat', 'kept'), painBefore: '6' }] };
    const next = withRemedyKinds(start, ['heat', 'cold'], nextId);
    expect(next.remedies.map((r) => [r.kind, r.id, r.painBefore])).toEqual([
      ['heat', 'kept', '6'],
      ['cold', expect.stringMatching(/^id-\d+$/), ''],
    ]);
  });
});

describe('withQualities', () => {
  it('ticks the numbness red flag when numbness or tingling is chosen', () => {
    const next = withQualities(draft(), ['dull-ache', 'numbness-tingling']);
    expect(next.qualities).toEqual(['dull-ache', 'numbness-tingling']);
    expect(next.redFlags).toEqual(['numbness-tingling']);
  });

  it('leaves the flag alone when the quality is taken off again, and never adds it twice', () => {
    const withFlag = withQualities(draft(), ['numbness-tingling']);
    expect(withQualities(withFlag, []).redFlags).toEqual(['numbness-tingling']);
    expect(withQualities(withQualities(withFlag, []), ['numbness-tingling']).redFlags).toEqual([
      'numbness-tingling',
    ]);
  });

  it('adds no flag for other qualities', () => {
    expect(withQualities(draft(), ['stiffness', 'burning']).redFlags).toEqual([]);
  });
});
