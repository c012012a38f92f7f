import { describe, expect, it } from 'vitest';
import type { ColumnChoice, MapOptions } from '../../../../src/shared/csv/importMapping';
import { mapRowsToEpisodes, suggestColumns } from '../../../../src/shared/csv/importMapping';
import { parseCsv } from '../../../../src/shared/csv/parse';
import { episodeSchema } from '../../../../src/shared/model';

function options(): MapOptions {
  return { timeZone: 'Europe/London', now: new Date('2026-06-01T12:00:00.000Z') };
}

/** A UUID-shaped id of version 8 (worked out from content, RFC 9562). */
const CONTENT_ID = expect.stringMatching(
  /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
);

const HEADERS = 'Date,Time,Pain Level,Notes,Triggers,Treatments';
const CHOICE: ColumnChoice = {
  date: 0,
  time: 1,
  intensity: 2,
  notes: 3,
  trigger: 4,
  remedy: 5,
  intensityScale: 10,
};

function importRows(rows: string[], choice: Partial<ColumnChoice> = {}) {
  return mapRowsToEpisodes(parseCsv([HEADERS, ...rows].join('\n')), { ...CHOICE, ...choice }, options());
}

describe('suggestColumns', () => {
  it('finds separate date and time columns and the rest (Bearable / Manage My Pain style)', () => {
    expect(suggestColumns(['Date', 'Time', 'Pain Level', 'Notes', 'Triggers', 'Treatments'])).toEqual({
      date: 0,
      time: 1,
      intensity: 2,
      notes: 3,
      trigger: 4,
      remedy: 5,
      regions: null,
      qualities: null,
      noteColumns: [],
      intensityScale: 10,
    });
  });

  it('takes a single date-and-time column as the time', () => {
    expect(suggestColumns(['Timestamp', 'Severity', 'Comment'])).toMatchObject({
      time: 0,
      date: null,
      intensity: 1,
      notes: 2,
      trigger: null,
      remedy: null,
    });
    expect(suggestColumns(['DATE/TIME', 'pain_score']).time).toBe(0);
    expect(suggestColumns(['date', 'pain']).time).toBe(0);
    expect(suggestColumns(['date', 'pain']).date).toBeNull();
  });

  it('prefers pain or intensity over a generic level, and does not reuse a column', () => {
    expect(suggestColumns(['When', 'Stress level', 'Pain', 'Pain notes', 'Cause', 'Medication'])).toEqual({
      time: 0,
      date: null,
      intensity: 2,
      notes: 3,
      trigger: 4,
      remedy: 5,
      regions: null,
      qualities: null,
      noteColumns: [],
      intensityScale: 10,
    });
  });

  it('guesses the intensity scale from the header', () => {
    expect(suggestColumns(['Date', 'Pain (1-5)']).intensityScale).toBe(5);
    expect(suggestColumns(['Date', 'Pain /5']).intensityScale).toBe(5);
    expect(suggestColumns(['Date', 'Pain (0-100)']).intensityScale).toBe(100);
    expect(suggestColumns(['Date', 'Pain %']).intensityScale).toBe(100);
    expect(suggestColumns(['Date', 'Pain (0-10)']).intensityScale).toBe(10);
  });

  it('returns nulls for headers it cannot place', () => {
    expect(suggestColumns(['foo', 'bar'])).toEqual({
      time: null,
      date: null,
      intensity: null,
      notes: null,
      trigger: null,
      remedy: null,
      regions: null,
      qualities: null,
      noteColumns: [],
      intensityScale: 10,
    });
  });
});

describe('mapRowsToEpisodes', () => {
  it('gives a row the same ids every time the file is read, so a re-import can find it', () => {
    const rows = ['2026-02-13,10:00,7,Bad day,gym,Heat', '2026-02-14,09:00,4,,,'];
    const first = importRows(rows).episodes;
    const again = mapRowsToEpisodes(parseCsv([HEADERS, ...rows].join('\n')), CHOICE, {
      ...options(),
      now: new Date('2026-07-01T08:00:00.000Z'),
    }).episodes;
    expect(again.map((e) => [e.id, e.triggers[0]?.id, e.remedies[0]?.id])).toEqual(
      first.map((e) => [e.id, e.triggers[0]?.id, e.remedies[0]?.id]),
    );
    const ids = first.flatMap((e) => [e.id, ...e.triggers.map((t) => t.id), ...e.remedies.map((r) => r.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps two rows that say exactly the same thing as two episodes with their own ids', () => {
    const { episodes } = importRows(['2026-02-13,10:00,7,,,', '2026-02-13,10:00,7,,,']);
    expect(episodes).toHaveLength(2);
    expect(episodes[0]?.id).not.toBe(episodes[1]?.id);
  });

  it('gives a row a different id when what it says changes', () => {
    const [a] = importRows(['2026-02-13,10:00,7,,,']).episodes;
    const [b] = importRows(['2026-02-13,10:00,6,,,']).episodes;
    expect(a?.id).not.toBe(b?.id);
  });

  it('builds valid episodes with ids from their content and bookkeeping times from now', () => {
    const { episodes, problems } = importRows([
      '2026-02-13,10:00,7,Bad day,"gym, deadline stress","Heat; Ibuprofen 200mg"',
    ]);
    expect(problems).toEqual([]);
    expect(episodes).toEqual([
      {
        id: CONTENT_ID,
        startedAt: '2026-02-13T10:00:00.000Z',
        endedAt: null,
        intensity: 7,
        regions: [],
        qualities: [],
        triggers: [
          {
            id: CONTENT_ID,
            kind: 'workout',
            note: 'gym',
            workoutType: null,
            effort: null,
          },
          { id: CONTENT_ID, kind: 'stress', note: 'deadline stress', level: null },
        ],
        remedies: [
          {
            id: CONTENT_ID,
            kind: 'heat',
            medicationName: null,
            dose: null,
            painBefore: null,
            painAfter: null,
            minutesAfter: null,
          },
          {
            id: CONTENT_ID,
            kind: 'otc-pain-reliever',
            medicationName: 'Ibuprofen 200mg',
            dose: null,
            painBefore: null,
            painAfter: null,
            minutesAfter: null,
          },
        ],
        redFlags: [],
        notes: 'Bad day',
        createdAt: '2026-06-01T12:00:00.000Z',
        updatedAt: '2026-06-01T12:00:00.000Z',
        deletedAt: null,
        followUp: null,
        followUpSnoozedUntil: null,
        followUpDismissedAt: null,
      },
    ]);
    expect(episodeSchema.safeParse(episodes[0]).success).toBe(true);
  });

  it('reads a single date-and-time column in the given zone', () => {
    const parsed = parseCsv('When,Pain\n2026-05-01 08:30,3\n');
    const choice: ColumnChoice = {
      time: 0,
      intensity: 1,
      notes: null,
      trigger: null,
      remedy: null,
      intensityScale: 10,
    };
    expect(mapRowsToEpisodes(parsed, choice, options()).episodes[0]?.startedAt).toBe(
      '2026-05-01T07:30:00.000Z',
    );
    const inNewYork = { ...options(), timeZone: 'America/New_York' };
    expect(mapRowsToEpisodes(parsed, choice, inNewYork).episodes[0]?.startedAt).toBe(
      '2026-05-01T12:30:00.000Z',
    );
  });

  it.each([
    [10, '7', 7],
    [10, '6.5', 7],
    [10, '0', 0],
    [5, '3', 6],
    [5, '2,5', 5],
    [5, '5', 10],
    [100, '45', 5],
    [100, '44', 4],
    [100, '100', 10],
  ] as const)('converts intensity on the %i-point scale: %s → %i', (scale, text, expected) => {
    const { episodes } = importRows([`2026-02-13,10:00,${text.includes(',') ? `"${text}"` : text},,,`], {
      intensityScale: scale,
    });
    expect(episodes[0]?.intensity).toBe(expected);
  });

  it('reports every problem with the row number a spreadsheet shows', () => {
    const { episodes, problems } = importRows([
      '2026-02-13,10:00,5,,,', // row 2: fine
      '2026-02-13,10 o’clock,5,,,',
      '2026-02-13,10:00,,,,',
      '2026-02-13,10:00,high,,,',
      '2026-02-13,10:00,11,,,',
      '2026-03-29,01:30,5,,,',
      ',,,,,', // row 8: blank, skipped
      '2026-06-01,13:10,5,,,',
      ',,5,,,',
      '2026-02-30,10:00,5,,,',
      '2026-06-01,13:04,5,,,', // row 12: within five minutes of now (13:00 BST), fine
    ]);
    expect(episodes).toHaveLength(2);
    expect(problems).toEqual([
      {
        row: 3,
        message:
          "Row 3: in 'Date' and 'Time', \"2026-02-13 10 o’clock\" is not a date and time this importer understands (use yyyy-MM-dd HH:mm, for example 2026-02-13 10:00).",
      },
      { row: 4, message: "Row 4: 'Pain Level' is empty; every entry needs a pain number." },
      { row: 5, message: 'Row 5: \'Pain Level\' says "high", which is not a number.' },
      {
        row: 6,
        message:
          'Row 6: \'Pain Level\' says "11", which is more than 10, the top of the 0 to 10 scale chosen for it.',
      },
      {
        row: 7,
        message:
          "Row 7: in 'Date' and 'Time', \"2026-03-29 01:30\" did not happen in Europe/London: the clocks went forward at that time. Check the time.",
      },
      { row: 9, message: "Row 9: 'Date' and 'Time' say \"2026-06-01 13:10\", which is in the future." },
      { row: 10, message: "Row 10: 'Date' and 'Time' are empty; every entry needs a date." },
      { row: 11, message: "Row 11: in 'Date' and 'Time', \"2026-02-30 10:00\" is not a real date and time." },
    ]);
  });

  it('reports intensity outside a 5- or 100-point scale', () => {
    expect(importRows(['2026-02-13,10:00,6,,,'], { intensityScale: 5 }).problems[0]?.message).toBe(
      'Row 2: \'Pain Level\' says "6", which is more than 5, the top of the 0 to 5 scale chosen for it.',
    );
    expect(importRows(['2026-02-13,10:00,101,,,'], { intensityScale: 100 }).problems[0]?.message).toBe(
      'Row 2: \'Pain Level\' says "101", which is more than 100, the top of the 0 to 100 scale chosen for it.',
    );
  });

  it('reports notes that would be too long', () => {
    const { problems } = importRows([`2026-02-13,10:00,5,${'x'.repeat(5001)},,`]);
    expect(problems).toEqual([
      {
        row: 2,
        message:
          "Row 2: the notes would be 5,001 characters long; the journal keeps up to 5,000. Shorten 'Notes' in this row.",
      },
    ]);
  });

  it('keeps unknown remedies and a missing time in the notes, so nothing is lost', () => {
    const { episodes } = importRows(['2026-02-13,,4,Felt stiff,,"TENS unit, heat, cupping"']);
    expect(episodes[0]?.remedies.map((r) => r.kind)).toEqual(['heat']);
    expect(episodes[0]?.startedAt).toBe('2026-02-13T12:00:00.000Z');
    expect(episodes[0]?.notes).toBe(
      'Felt stiff\nAlso tried: TENS unit, cupping\nThe imported file had no time for this episode; it was set to 12:00.',
    );
  });

  it('turns unknown triggers into "other" with the text as the note, once each', () => {
    const { episodes } = importRows(['2026-02-13,10:00,4,,"long drive | gym; workout; long drive",']);
    expect(episodes[0]?.triggers.map((t) => [t.kind, t.note])).toEqual([
      ['other', 'long drive'],
      ['workout', 'gym'],
    ]);
  });

  it("keeps a trigger's own words as its note unless they are just the kind's name", () => {
    const { episodes } = importRows([
      '2026-02-13,10:00,4,,after desk day,',
      '2026-02-14,10:00,4,,"after gym, long run; gym",',
      '2026-02-15,10:00,4,,"Posture or position; STRESS",',
    ]);
    expect(episodes.map((e) => e.triggers.map((t) => [t.kind, t.note]))).toEqual([
      [['posture', 'after desk day']],
      [
        ['workout', 'after gym'],
        ['other', 'long run'],
      ],
      [
        ['posture', ''],
        ['stress', ''],
      ],
    ]);
    expect(episodes.map((e) => e.notes)).toEqual(['', '', '']);
  });

  it('joins the words of one kind in its note, and keeps what does not fit in the notes', () => {
    const long = `desk ${'z'.repeat(200)}`;
    const { episodes } = importRows([
      '2026-02-13,10:00,4,,"gym; exercise bike",',
      `2026-02-14,10:00,4,,"sitting; ${long}",`,
    ]);
    expect(episodes[0]?.triggers.map((t) => [t.kind, t.note])).toEqual([['workout', 'gym, exercise bike']]);
    expect(episodes[1]?.triggers.map((t) => [t.kind, t.note])).toEqual([['posture', 'sitting']]);
    expect(episodes[1]?.notes).toBe(`Also noted: ${long}`);
  });

  it("keeps a remedy's own words in the notes when they are more than its name", () => {
    const { episodes } = importRows(['2026-02-13,10:00,4,Long meeting,,"hot shower; Heat; ice pack; rest"']);
    expect(episodes[0]?.remedies.map((r) => r.kind)).toEqual(['heat', 'cold', 'rest']);
    expect(episodes[0]?.notes).toBe("Long meeting\nTried, in the file's words: hot shower, ice pack");
  });

  it('keeps a trigger text too long for a note in the episode notes', () => {
    const long = 'y'.repeat(201);
    const { episodes } = importRows([`2026-02-13,10:00,4,,${long},`]);
    expect(episodes[0]?.triggers).toEqual([]);
    expect(episodes[0]?.notes).toBe(`Also noted: ${long}`);
  });

  it('refuses a column choice outside the file', () => {
    expect(() => importRows([], { notes: 9 })).toThrow(RangeError);
  });
});

describe('columns that used to be dropped', () => {
  const FILE = [
    'Date,Time,Pain level,Location,Pain type,Description,Notes,Weather',
    '2026-02-13,08:30,6,"upper back, left shoulder",burning,Woke up stiff,Took the bus,Rain',
    '2026-02-14,19:00,4,lower back,throbbing,,Long day,Sun',
  ].join('\n');
  const parsed = parseCsv(FILE);

  it('suggests both note-like columns, Notes as the main one, and the location and pain-type columns', () => {
    expect(suggestColumns(parsed.headers)).toMatchObject({
      date: 0,
      time: 1,
      intensity: 2,
      regions: 3,
      qualities: 4,
      notes: 6,
      noteColumns: [5],
    });
  });

  const choice: ColumnChoice = {
    date: 0,
    time: 1,
    intensity: 2,
    regions: [3],
    qualities: [4],
    notes: 6,
    noteColumns: [5],
    trigger: null,
    remedy: null,
    intensityScale: 10,
  };

  it('joins two note columns, the extra one labelled with its header, and maps places and kinds of pain', () => {
    const { episodes, rowNumbers } = mapRowsToEpisodes(parsed, choice, options());
    expect(rowNumbers).toEqual([2, 3]);
    expect(episodes[0]?.regions).toEqual(['thoracic-spine', 'shoulder-left']);
    expect(episodes[0]?.qualities).toEqual(['burning']);
    expect(episodes[0]?.notes).toBe('Took the bus\nDescription: Woke up stiff');
  });

  it('keeps values that match nothing in the notes, labelled with their column', () => {
    const { episodes } = mapRowsToEpisodes(parsed, choice, options());
    expect(episodes[1]?.regions).toEqual([]);
    expect(episodes[1]?.notes).toBe('Long day\nLocation: lower back\nPain type: throbbing');
  });

  it('saves a value as the person chose, and keeps one they sent to the notes there', () => {
    const { episodes } = mapRowsToEpisodes(
      parsed,
      {
        ...choice,
        regionChoices: { 'back lower': ['thoracic-spine'], 'back upper': [] },
        qualityChoices: { throbbing: ['dull-ache'] },
      },
      options(),
    );
    expect(episodes[0]?.regions).toEqual(['shoulder-left']);
    expect(episodes[0]?.notes).toContain('Location: upper back');
    expect(episodes[1]?.regions).toEqual(['thoracic-spine']);
    expect(episodes[1]?.qualities).toEqual(['dull-ache']);
    expect(episodes[1]?.notes).toBe('Long day');
  });

  it('puts a ticked column into the notes by its header, and leaves out one not ticked', () => {
    const { episodes } = mapRowsToEpisodes(parsed, { ...choice, noteColumns: [5, 7] }, options());
    expect(episodes[0]?.notes).toBe('Took the bus\nDescription: Woke up stiff\nWeather: Rain');
    const without = mapRowsToEpisodes(parsed, choice, options()).episodes;
    const noMain = mapRowsToEpisodes(parsed, { ...choice, notes: null, noteColumns: [5] }, options());
    expect(noMain.episodes[0]?.notes).toBe('Description: Woke up stiff');
    expect(without[0]?.notes).not.toContain('Rain');
  });

  it('reads a part of the day in the time column as 12:00 and keeps its words', () => {
    const { episodes } = mapRowsToEpisodes(
      parseCsv('Date,Time,Pain\n2026-02-13,morning,5\n'),
      {
        date: 0,
        time: 1,
        intensity: 2,
        notes: null,
        trigger: null,
        remedy: null,
        intensityScale: 10,
      },
      options(),
    );
    expect(episodes[0]?.startedAt).toBe('2026-02-13T12:00:00.000Z');
    expect(episodes[0]?.notes).toBe(
      'Time: morning\nThe imported file had no time for this episode; it was set to 12:00.',
    );
  });

  it('converts a 0-4 scale to 0-10', () => {
    const { episodes } = importRows(['2026-02-13,10:00,3,,,'], { intensityScale: 4 });
    expect(episodes[0]?.intensity).toBe(8);
  });
});
