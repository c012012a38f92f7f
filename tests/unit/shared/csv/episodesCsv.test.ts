import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EPISODE_CSV_COLUMNS,
  compareEpisodesForCsv,
  episodesFromJournalCsv,
  episodesToCsv,
  isJournalEpisodesCsv,
} from '../../../../src/shared/csv/episodesCsv';
import { CsvError, parseCsv } from '../../../../src/shared/csv/parse';
import { toCsv } from '../../../../src/shared/csv/write';
import type { Episode, FollowUp } from '../../../../src/shared/model';
import { episodeSchema } from '../../../../src/shared/model';
import { OLD_EXPORT_EPISODES } from '../../../fixtures/csv/oldEpisodes';
import { syntheticEpisodes } from '../../../fixtures/syntheticJournal';
import { episode as episodeArbitrary } from './arbitraries';

const LONDON = 'Europe/London';
const ID = '11111111-1111-4111-8111-111111111111';
const T1 = '22222222-2222-4222-8222-222222222222';
const T2 = '33333333-3333-4333-8333-333333333333';
const R1 = '44444444-4444-4444-8444-444444444444';
const R2 = '55555555-5555-4555-8555-555555555555';

const sample: Episode = {
  id: ID,
  startedAt: '2026-02-13T09:30:00.000Z',
  endedAt: '2026-02-13T10:15:00.000Z',
  intensity: 0,
  regions: ['neck', 'between-shoulder-blades'],
  qualities: [],
  triggers: [
    { id: T1, kind: 'workout', note: '', workoutType: 'rowing', effort: 8 },
    { id: T2, kind: 'other', note: 'lifting boxes; a=b | c\\d' },
  ],
  remedies: [
    { id: R1, kind: 'heat', medicationName: null, dose: null, painBefore: 7, painAfter: 0, minutesAfter: 30 },
    {
      id: R2,
      kind: 'otc-pain-reliever',
      medicationName: 'Ibuprofen',
      dose: '200 mg',
      painBefore: null,
      painAfter: null,
      minutesAfter: null,
    },
  ],
  redFlags: [],
  notes: '=HYPERLINK("x")\nsecond line, with "quotes"',
  createdAt: '2026-02-13T10:20:00.000Z',
  updatedAt: '2026-02-14T08:00:00.000Z',
  deletedAt: null,
  followUp: null,
  followUpSnoozedUntil: null,
  followUpDismissedAt: null,
};

/** The sample an hour later: "How is it now?" answered 3 after a snooze. */
const ANSWER: FollowUp = {
  at: '2026-02-13T11:20:00.000Z',
  pain: 3,
  stopped: false,
  painBefore: 7,
  minutesAfter: 60,
  answeredAt: '2026-02-13T11:21:00.000Z',
};
const answered: Episode = {
  ...sample,
  endedAt: null,
  followUp: ANSWER,
  followUpSnoozedUntil: '2026-02-13T11:05:00.000Z',
};

const NO_FOLLOW_UP_CELLS = {
  follow_up_at: '',
  follow_up_pain: '',
  follow_up_stopped: '',
  follow_up_pain_before: '',
  follow_up_minutes_after: '',
  follow_up_answered_at: '',
  follow_up_snoozed_until: '',
  follow_up_dismissed_at: '',
};

function withCell(column: string, value: string, base: Episode = sample): string {
  const { headers, rows } = parseCsv(episodesToCsv([base], LONDON));
  const index = headers.indexOf(column);
  return toCsv(
    headers,
    rows.map((row) => row.map((cell, i) => (i === index ? value : cell))),
  );
}

function rowOf(csv: string): Record<string, string> {
  const { headers, rows } = parseCsv(csv, { formulaGuard: 'keep' });
  return Object.fromEntries(headers.map((header, i) => [header, rows[0]?.[i] ?? '']));
}

describe('episodesToCsv', () => {
  it('writes the documented columns in order', () => {
    expect(parseCsv(episodesToCsv([], LONDON)).headers).toEqual(
      EPISODE_CSV_COLUMNS.map((column) => column.name),
    );
    for (const column of EPISODE_CSV_COLUMNS) expect(column.description.length).toBeGreaterThan(10);
  });

  it('writes one row per episode in the compact forms', () => {
    expect(rowOf(episodesToCsv([sample], LONDON))).toEqual({
      id: ID,
      started_at: '2026-02-13T09:30:00+00:00',
      ended_at: '2026-02-13T10:15:00+00:00',
      duration_minutes: '45',
      intensity: '0',
      regions: 'neck|between-shoulder-blades',
      qualities: '',
      red_flags: '',
      triggers: `workout;type=rowing;effort=8;id=${T1}|other;note=lifting boxes\\; a\\=b \\| c\\\\d;id=${T2}`,
      remedies: `heat;before=7;after=0;minutes=30;id=${R1}|otc-pain-reliever;name=Ibuprofen;dose=200 mg;id=${R2}`,
      notes: '\'=HYPERLINK("x")\nsecond line, with "quotes"',
      created_at: '2026-02-13T10:20:00+00:00',
      updated_at: '2026-02-14T08:00:00+00:00',
      ...NO_FOLLOW_UP_CELLS,
    });
  });

  it('writes the follow-up in its own columns', () => {
    expect(rowOf(episodesToCsv([answered], LONDON))).toMatchObject({
      follow_up_at: '2026-02-13T11:20:00+00:00',
      follow_up_pain: '3',
      follow_up_stopped: 'no',
      follow_up_pain_before: '7',
      follow_up_minutes_after: '60',
      follow_up_answered_at: '2026-02-13T11:21:00+00:00',
      follow_up_snoozed_until: '2026-02-13T11:05:00+00:00',
      follow_up_dismissed_at: '',
    });
    const stopped: FollowUp = { ...ANSWER, pain: 0, stopped: true };
    expect(rowOf(episodesToCsv([{ ...answered, followUp: stopped }], LONDON)).follow_up_stopped).toBe('yes');
  });

  it('keeps "not recorded" (empty) distinct from 0', () => {
    const open = { ...sample, endedAt: null, triggers: [], remedies: [] };
    const row = rowOf(episodesToCsv([open], LONDON));
    expect(row.ended_at).toBe('');
    expect(row.duration_minutes).toBe('');
    expect(row.intensity).toBe('0');
    const zeroLength = rowOf(episodesToCsv([{ ...sample, endedAt: sample.startedAt }], LONDON));
    expect(zeroLength.duration_minutes).toBe('0');
  });

  it('writes an empty medication name as name= and a missing one not at all', () => {
    const remedies: Episode['remedies'] = [
      {
        id: R2,
        kind: 'otc-pain-reliever',
        medicationName: '',
        dose: '200 mg',
        painBefore: null,
        painAfter: null,
        minutesAfter: null,
      },
    ];
    const text = episodesToCsv([{ ...sample, triggers: [], remedies }], LONDON);
    expect(rowOf(text).remedies).toBe(`otc-pain-reliever;name=;dose=200 mg;id=${R2}`);
    expect(episodesFromJournalCsv(text).episodes[0]?.remedies[0]?.medicationName).toBe('');
  });

  it('leaves out deleted episodes and sorts newest first', () => {
    const [a, b, c] = syntheticEpisodes({ seed: 7, episodes: 3, until: new Date('2026-03-01'), days: 30 });
    if (!a || !b || !c) throw new Error('fixture too small');
    const text = episodesToCsv([c, { ...b, deletedAt: '2026-03-01T00:00:00.000Z' }, a], LONDON);
    expect(parseCsv(text).rows.map((row) => row.at(-1))).toEqual([a.id, c.id]);
  });
});

describe('times in the person’s time zone', () => {
  const at = (startedAt: string, endedAt: string | null = null): Episode => ({
    ...sample,
    startedAt,
    endedAt,
    createdAt: startedAt,
    updatedAt: startedAt,
  });

  it('writes London’s summer and winter offsets, and both 01:30s of the October night apart', () => {
    expect(rowOf(episodesToCsv([at('2026-11-24T08:15:00.000Z')], LONDON)).started_at).toBe(
      '2026-11-24T08:15:00+00:00',
    );
    expect(rowOf(episodesToCsv([at('2026-06-24T07:15:00.000Z')], LONDON)).started_at).toBe(
      '2026-06-24T08:15:00+01:00',
    );
    // 25 October 2026: clocks go back from 02:00 BST to 01:00 GMT, so 01:30 happens twice, an hour apart.
    const row = rowOf(episodesToCsv([at('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z')], LONDON));
    expect([row.started_at, row.ended_at, row.duration_minutes]).toEqual([
      '2026-10-25T01:30:00+01:00',
      '2026-10-25T01:30:00+00:00',
      '60',
    ]);
  });

  it('writes Auckland and Los Angeles times with their own offsets, on their own calendar day', () => {
    // 24 November 2026 08:15 UTC is 21:15 NZDT (+13:00) the same day and 00:15 PST (-08:00) that morning.
    const november = episodesToCsv([at('2026-11-24T08:15:00.000Z')], 'Pacific/Auckland');
    expect(rowOf(november).started_at).toBe('2026-11-24T21:15:00+13:00');
    expect(rowOf(episodesToCsv([at('2026-11-24T08:15:00.000Z')], 'America/Los_Angeles')).started_at).toBe(
      '2026-11-24T00:15:00-08:00',
    );
    // 24 June: NZST (+12:00) and PDT (-07:00); 20:00 UTC is already the 25th in Auckland.
    expect(rowOf(episodesToCsv([at('2026-06-24T20:00:00.000Z')], 'Pacific/Auckland')).started_at).toBe(
      '2026-06-25T08:00:00+12:00',
    );
    expect(rowOf(episodesToCsv([at('2026-06-24T20:00:00.000Z')], 'America/Los_Angeles')).started_at).toBe(
      '2026-06-24T13:00:00-07:00',
    );
  });

  it('keeps milliseconds when there are any', () => {
    const row = rowOf(episodesToCsv([at('2026-06-24T07:15:00.250Z')], LONDON));
    expect(row.started_at).toBe('2026-06-24T08:15:00.250+01:00');
  });

  it('puts the id column last, after every column a person reads', () => {
    const headers = parseCsv(episodesToCsv([sample], LONDON)).headers;
    expect(headers.at(-1)).toBe('id');
    expect(headers.slice(0, 2)).toEqual(['started_at', 'ended_at']);
  });

  it('reads back the same instants whichever zone wrote the file', () => {
    const across = [at('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z')];
    for (const zone of TEST_ZONES)
      expect(episodesFromJournalCsv(episodesToCsv(across, zone)).episodes).toEqual(across);
  });
});

describe('a file saved by the previous version (UTC times, id first)', () => {
  const text = readFileSync(
    fileURLToPath(new URL('../../../fixtures/csv/old-episodes-export.csv', import.meta.url)),
    'utf8',
  );

  it('is still the old layout', () => {
    expect(text.startsWith('\uFEFFid,started_at,ended_at,')).toBe(true);
    expect(text).toContain('2026-10-25T00:30:00.000Z');
  });

  it('imports whole, follow-ups and all', () => {
    expect(isJournalEpisodesCsv(parseCsv(text).headers)).toBe(true);
    expect(episodesFromJournalCsv(text)).toEqual({ episodes: OLD_EXPORT_EPISODES, problems: [] });
  });
});

describe('episodesFromJournalCsv', () => {
  it('reads back the sample exactly', () => {
    expect(episodesFromJournalCsv(episodesToCsv([sample], LONDON))).toEqual({
      episodes: [sample],
      problems: [],
    });
  });

  it('reads back a follow-up exactly', () => {
    expect(episodesFromJournalCsv(episodesToCsv([answered], LONDON))).toEqual({
      episodes: [answered],
      problems: [],
    });
    const dismissed = { ...sample, followUpDismissedAt: '2026-02-13T11:00:00.000Z' };
    expect(episodesFromJournalCsv(episodesToCsv([dismissed], LONDON)).episodes).toEqual([dismissed]);
  });

  it('reads a file from before follow-ups, without their columns, as none answered', () => {
    const { headers, rows } = parseCsv(episodesToCsv([answered], LONDON));
    const kept = headers.flatMap((header, i) => (header.startsWith('follow_up_') ? [] : [i]));
    const older = toCsv(
      kept.map((i) => headers[i] ?? ''),
      rows.map((row) => kept.map((i) => row[i] ?? '')),
    );
    expect(older).not.toContain('follow_up');
    expect(episodesFromJournalCsv(older)).toEqual({
      episodes: [{ ...answered, followUp: null, followUpSnoozedUntil: null }],
      problems: [],
    });
  });

  it('reads yes and no in any case, and true or false', () => {
    const text = (value: string) => withCell('follow_up_stopped', value, answered);
    expect(episodesFromJournalCsv(text('YES')).episodes[0]?.followUp?.stopped).toBe(true);
    expect(episodesFromJournalCsv(text('false')).episodes[0]?.followUp?.stopped).toBe(false);
  });

  it.each([
    [
      'follow_up_pain',
      '12',
      'Row 2: the follow-up pain (column follow_up_pain) is "12" but should be a whole number from 0 to 10, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_pain',
      '',
      'Row 2: the follow-up pain (column follow_up_pain) is empty but should be a whole number from 0 to 10, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_at',
      'tomorrow',
      'Row 2: the follow-up time (column follow_up_at) is "tomorrow" but should be a date and time, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_stopped',
      'maybe',
      'Row 2: whether the pain had stopped (column follow_up_stopped) is "maybe" but should be yes or no, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_pain_before',
      '7.5',
      'Row 2: the pain before the follow-up (column follow_up_pain_before) is "7.5" but should be a whole number from 0 to 10, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_minutes_after',
      '2000',
      'Row 2: the follow-up’s minutes after logging (column follow_up_minutes_after) is "2000" but should be a whole number from 0 to 1440, so the episode was read without its follow-up.',
    ],
    [
      'follow_up_answered_at',
      '13/02/2026 11:21',
      'Row 2: the time the follow-up was answered (column follow_up_answered_at) is "13/02/2026 11:21" but should be a date and time, so the episode was read without its follow-up.',
    ],
  ])('keeps the episode without its follow-up when %s is "%s"', (column, value, message) => {
    expect(episodesFromJournalCsv(withCell(column, value, answered))).toEqual({
      episodes: [{ ...answered, followUp: null }],
      problems: [{ row: 2, message }],
    });
    expect(message).not.toMatch(/expected|<=|>=|received|Invalid|Too big|Too small|\bint\b/);
  });

  it('keeps the answer when only the snooze or dismissal time cannot be read', () => {
    expect(episodesFromJournalCsv(withCell('follow_up_snoozed_until', 'soon', answered))).toEqual({
      episodes: [{ ...answered, followUpSnoozedUntil: null }],
      problems: [
        {
          row: 2,
          message:
            'Row 2: the time the follow-up was put off until (column follow_up_snoozed_until) is "soon" but should be a date and time, so it was left out.',
        },
      ],
    });
  });

  it('reports a follow-up with only some of its cells filled in', () => {
    const result = episodesFromJournalCsv(withCell('follow_up_pain', '4'));
    expect(result.episodes).toEqual([sample]);
    expect(result.problems).toEqual([
      {
        row: 2,
        message:
          'Row 2: the follow-up time (column follow_up_at) is empty but should be a date and time, so the episode was read without its follow-up.',
      },
    ]);
  });

  it('reads back a synthetic journal exactly', () => {
    const episodes = syntheticEpisodes({ seed: 42, episodes: 200, until: new Date('2026-03-01'), days: 365 });
    expect(episodesFromJournalCsv(episodesToCsv(episodes, LONDON))).toEqual({ episodes, problems: [] });
  });

  it('finds columns by name, ignores extra ones and a byte order mark', () => {
    const { headers, rows } = parseCsv(episodesToCsv([sample], LONDON));
    const reordered = [...headers].reverse();
    const text =
      '\uFEFF' +
      toCsv(
        ['extra', ...reordered],
        rows.map((row) => ['x', ...[...row].reverse()]),
      );
    expect(episodesFromJournalCsv(text).episodes).toEqual([sample]);
  });

  it('refuses a file without the journal columns', () => {
    expect(() => episodesFromJournalCsv('Date,Pain\n2026-01-01,3\n')).toThrow(CsvError);
    expect(() => episodesFromJournalCsv('id,started_at\n')).toThrow(
      'This is not an episodes file exported by the journal: it has no "ended_at", "intensity", "regions", "qualities", "red_flags", "triggers", "remedies", "notes", "created_at", "updated_at" columns.',
    );
  });

  it.each([
    ['intensity', '', 'Row 2: intensity "" is not a whole number from 0 to 10.'],
    ['intensity', '11', 'Row 2: Pain should be a whole number from 0 to 10.'],
    ['started_at', '13/02/2026', 'Row 2: The start time is not a date and time.'],
    ['ended_at', '2026-02-13T09:00:00.000Z', 'Row 2: The end time is before the start time.'],
    ['regions', 'neck|elbow', 'Row 2: Region 2 is not one the app knows.'],
    ['regions', 'neck|neck', 'Row 2: Where it hurt lists the same one twice.'],
    ['triggers', 'tiredness;id=x', 'Row 2: triggers: "tiredness" is not a kind of trigger.'],
    ['triggers', `stress;mood=3;id=${T1}`, 'Row 2: triggers: stress has an unknown detail "mood".'],
    ['triggers', `stress;level=high;id=${T1}`, 'Row 2: triggers: stress level "high" is not a number.'],
    [
      'triggers',
      `stress;level=12;id=${T1}`,
      'Row 2: The stress level (trigger 1) should be a whole number from 0 to 10.',
    ],
    ['triggers', `stress;level;id=${T1}`, 'Row 2: triggers: "level" in stress is not key=value.'],
    ['triggers', `stress;level=1;level=2;id=${T1}`, 'Row 2: triggers: stress has "level" twice.'],
    ['triggers', 'stress;level=1', 'Row 2: triggers: stress has no id.'],
    ['triggers', `|stress;id=${T1}`, 'Row 2: triggers: item 1 has no kind.'],
    ['remedies', `cupping;id=${R1}`, 'Row 2: remedies: "cupping" is not a remedy the journal knows.'],
    ['remedies', `heat;note=x;id=${R1}`, 'Row 2: remedies: heat has an unknown detail "note".'],
    [
      'remedies',
      `heat;minutes=2000;id=${R1}`,
      'Row 2: The minutes after (remedy 1) should be a whole number from 0 to 1440.',
    ],
    ['id', 'not-an-id', 'Row 2: The id is not a valid id.'],
  ])('reports %s = "%s" as a problem', (column, value, message) => {
    expect(episodesFromJournalCsv(withCell(column, value))).toEqual({
      episodes: [],
      problems: [{ row: 2, message }],
    });
    // In the person's words: none of the schema library's own.
    expect(message).not.toMatch(/expected|<=|>=|received|Invalid|Too big|Too small|\bint\b/);
  });

  it('makes ids for triggers and remedies written without one when given newId', () => {
    const text = withCell('triggers', 'stress;level=0|poor-sleep');
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-00000000000${(n += 1)}`;
    const [read] = episodesFromJournalCsv(text, { newId }).episodes;
    expect(read?.triggers).toEqual([
      { id: '00000000-0000-4000-8000-000000000001', kind: 'stress', note: '', level: 0 },
      { id: '00000000-0000-4000-8000-000000000002', kind: 'poor-sleep', note: '' },
    ]);
  });

  it('reports a repeated id, skips blank rows and numbers rows as a spreadsheet does', () => {
    const other = { ...sample, id: T1, startedAt: '2026-01-01T00:00:00.000Z', endedAt: null };
    const { headers, rows } = parseCsv(episodesToCsv([sample, other], LONDON));
    const [first = [], second = []] = rows;
    const text = toCsv(headers, [first, headers.map(() => ''), second, first]);
    const result = episodesFromJournalCsv(text);
    expect(result.episodes).toEqual([sample, other]);
    expect(result.problems).toEqual([{ row: 5, message: `Row 5: the id ${ID} is already used in row 2.` }]);
  });
});

/** The episode as the journal stores it: every time in UTC, as toISOString writes it. */
function inStoredForm(episode: Episode): Episode {
  const utc = (instant: string): string => new Date(Date.parse(instant)).toISOString();
  const utcOrNull = (instant: string | null): string | null => (instant === null ? null : utc(instant));
  return {
    ...episode,
    startedAt: utc(episode.startedAt),
    endedAt: utcOrNull(episode.endedAt),
    createdAt: utc(episode.createdAt),
    updatedAt: utc(episode.updatedAt),
    followUp: episode.followUp && {
      ...episode.followUp,
      at: utc(episode.followUp.at),
      answeredAt: utc(episode.followUp.answeredAt),
    },
    followUpSnoozedUntil: utcOrNull(episode.followUpSnoozedUntil),
    followUpDismissedAt: utcOrNull(episode.followUpDismissedAt),
  };
}

const TEST_ZONES = ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles', 'UTC'] as const;

describe('round trip (property)', () => {
  it('episodesFromJournalCsv(episodesToCsv(episodes, zone)) gives back every episode, the same instants in UTC', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(episodeArbitrary, { maxLength: 6, selector: (e) => e.id }),
        fc.constantFrom(...TEST_ZONES),
        (episodes, zone) => {
          for (const e of episodes) expect(episodeSchema.safeParse(e).success).toBe(true);
          const result = episodesFromJournalCsv(episodesToCsv(episodes, zone));
          expect(result.problems).toEqual([]);
          expect(result.episodes).toEqual([...episodes].sort(compareEpisodesForCsv).map(inStoredForm));
        },
      ),
      { numRuns: 300 },
    );
    // 300 journals of up to 6 episodes, 8 times each through Intl: about 1.5 s alone, several times that
    // on a busy machine, past the 5 s default.
  }, 30_000);

  it('never writes a cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(episodeArbitrary, { maxLength: 4 }), (episodes) => {
        const raw = parseCsv(episodesToCsv(episodes, LONDON), { formulaGuard: 'keep' });
        for (const cell of raw.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('isJournalEpisodesCsv', () => {
  it('knows the journal’s own export, reordered or with extra columns, and not another app’s file', () => {
    const headers = parseCsv(episodesToCsv([], LONDON)).headers;
    expect(isJournalEpisodesCsv(headers)).toBe(true);
    expect(isJournalEpisodesCsv([...headers].reverse().concat('my notes'))).toBe(true);
    // A file from before follow-ups has no follow_up_ columns: still the journal's own.
    expect(isJournalEpisodesCsv(headers.filter((h) => !h.startsWith('follow_up_')))).toBe(true);
    expect(isJournalEpisodesCsv(['When', 'Pain', 'Notes'])).toBe(false);
    expect(isJournalEpisodesCsv(headers.filter((h) => h !== 'intensity'))).toBe(false);
  });
});
