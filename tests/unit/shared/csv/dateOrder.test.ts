import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCsv } from '../../../../src/shared/csv/csvSniff';
import {
  dateOrderFromColumn,
  describeDateOrder,
  describeTwoReadings,
  findDateOrder,
  nextDateOrderStep,
  twoReadings,
  type DateSample,
} from '../../../../src/shared/csv/dateOrder';
import { parseImportedDateTime, type DateOrder } from '../../../../src/shared/csv/dateTimeText';
import { mapRowsToEpisodes, type ColumnChoice } from '../../../../src/shared/csv/importMapping';
import { parseCsv } from '../../../../src/shared/csv/parse';

const LONDON = 'Europe/London';
const ok = (iso: string, timeMissing = false) => ({ ok: true, iso, timeMissing });

describe('parseImportedDateTime: the forms other trackers write', () => {
  it.each<[string, DateOrder | undefined, string]>([
    ['24/11/2026 08:15', 'day-first', '2026-11-24T08:15:00.000Z'],
    ['24/11/2026 08:15', undefined, '2026-11-24T08:15:00.000Z'],
    ['11/24/2026 8:15 AM', 'month-first', '2026-11-24T08:15:00.000Z'],
    ['11/24/2026 8:15 PM', undefined, '2026-11-24T20:15:00.000Z'],
    ['11/24/2026 8:15 p.m.', 'month-first', '2026-11-24T20:15:00.000Z'],
    ['11/24/2026 8:15pm', 'month-first', '2026-11-24T20:15:00.000Z'],
    ['11/24/2026, 8 PM', 'month-first', '2026-11-24T20:00:00.000Z'],
    ['11/24/2026 12:05 AM', 'month-first', '2026-11-24T00:05:00.000Z'],
    ['11/24/2026 12:05 P.M.', 'month-first', '2026-11-24T12:05:00.000Z'],
    ['24-11-2026 08:15', 'day-first', '2026-11-24T08:15:00.000Z'],
    ['24.11.2026 08:15', 'month-first', '2026-11-24T08:15:00.000Z'], // dots are always day first
    ['24.11.26 08:15', undefined, '2026-11-24T08:15:00.000Z'],
    ['2026-11-24T08:15', 'month-first', '2026-11-24T08:15:00.000Z'],
    ['2026/11/24 08:15', undefined, '2026-11-24T08:15:00.000Z'],
    ['24/11/26 08:15:30', 'day-first', '2026-11-24T08:15:30.000Z'],
    ['3/2/26 8:05', 'day-first', '2026-02-03T08:05:00.000Z'],
    ['3/2/26 8:05', 'month-first', '2026-03-02T08:05:00.000Z'],
    ['24/11/2026 08:15 +01:00', 'day-first', '2026-11-24T07:15:00.000Z'],
    ['24/11/2026 08:15+0530', 'day-first', '2026-11-24T02:45:00.000Z'],
    ['24/11/2026 08:15 UTC', 'day-first', '2026-11-24T08:15:00.000Z'],
    ['24/11/2026 08:15 GMT-05:00', 'day-first', '2026-11-24T13:15:00.000Z'],
    ['11/24/2026 8:15 AM UTC+1', 'month-first', '2026-11-24T07:15:00.000Z'],
    ['2026-11-24T08:15:00Z', undefined, '2026-11-24T08:15:00.000Z'],
    ['2026-02-13 10:00 PM', undefined, '2026-02-13T22:00:00.000Z'],
    ['24/06/2026 08:15', 'day-first', '2026-06-24T07:15:00.000Z'], // summer time in London
  ])('reads %s (%s)', (text, order, iso) => {
    expect(parseImportedDateTime(text, LONDON, order)).toEqual(ok(iso));
  });

  it('reads a date alone as 12:00 and says the time was missing', () => {
    expect(parseImportedDateTime('24-11-2026', LONDON, 'day-first')).toEqual(
      ok('2026-11-24T12:00:00.000Z', true),
    );
    expect(parseImportedDateTime('06/24/2026', LONDON)).toEqual(ok('2026-06-24T11:00:00.000Z', true));
  });

  it('reads a time without a zone as the clock in the person’s zone, whatever the machine’s', () => {
    expect(parseImportedDateTime('24/11/2026 08:15', 'Pacific/Auckland', 'day-first')).toEqual(
      ok('2026-11-23T19:15:00.000Z'),
    );
    expect(parseImportedDateTime('11/24/2026 8:15 AM', 'America/Los_Angeles', 'month-first')).toEqual(
      ok('2026-11-24T16:15:00.000Z'),
    );
    expect(parseImportedDateTime('29/03/2026 01:30', LONDON, 'day-first')).toEqual({
      ok: false,
      message:
        '"29/03/2026 01:30" did not happen in Europe/London: the clocks went forward at that time. Check the time.',
    });
  });

  it('without an order, reads 05/05/2026 (the same either way) and names both readings of 03/02/2026', () => {
    expect(parseImportedDateTime('05/05/2026 10:00', LONDON)).toEqual(ok('2026-05-05T09:00:00.000Z'));
    expect(parseImportedDateTime('03/02/2026 10:00', LONDON)).toEqual({
      ok: false,
      message:
        '"03/02/2026 10:00" could be 3 February 2026 or 2 March 2026, and the other dates in the file don’t show which.',
    });
  });

  it('says when a date cannot be read in the order given', () => {
    expect(parseImportedDateTime('24/11/2026 08:15', LONDON, 'month-first')).toEqual({
      ok: false,
      message: '"24/11/2026 08:15" is not a real date with the month first.',
    });
    expect(parseImportedDateTime('31/02/2026', LONDON, 'day-first')).toEqual({
      ok: false,
      message: '"31/02/2026" is not a real date and time.',
    });
  });
});

function samples(...texts: string[]): DateSample[] {
  return texts.map((text, i) => ({ row: i + 2, text }));
}

describe('findDateOrder', () => {
  it('is decided by a first part over 12 (day first) or a second part over 12 (month first)', () => {
    expect(findDateOrder(samples('03/02/2026 10:00', '24/11/2026 08:15', '05/06/2026'))).toEqual({
      kind: 'decided',
      order: 'day-first',
      evidence: { row: 3, text: '24/11/2026' },
    });
    expect(findDateOrder(samples('03/02/2026', '11/24/2026 8:15 AM'))).toEqual({
      kind: 'decided',
      order: 'month-first',
      evidence: { row: 3, text: '11/24/2026' },
    });
  });

  it('names a row of each way when the column has both', () => {
    expect(findDateOrder(samples('24/11/2026', '03/02/2026', '11/24/2026'))).toEqual({
      kind: 'conflict',
      dayFirst: { row: 2, text: '24/11/2026' },
      monthFirst: { row: 4, text: '11/24/2026' },
    });
  });

  it('is ambiguous when no date decides, with up to three different examples', () => {
    expect(
      findDateOrder(
        samples('03/02/2026 10:00', '03/02/2026 18:00', '04/02/2026', '05/05/2026', '1/2/26', '2/1/26'),
      ),
    ).toEqual({
      kind: 'ambiguous',
      examples: [
        { row: 2, text: '03/02/2026' },
        { row: 4, text: '04/02/2026' },
        { row: 6, text: '1/2/26' },
      ],
    });
  });

  it('needs no answer for year-first, dotted or same-either-way dates, or for impossible ones', () => {
    expect(findDateOrder(samples('2026-02-03 10:00', '03.02.2026', '05/05/2026', '', 'soon'))).toEqual({
      kind: 'not-needed',
    });
    expect(findDateOrder(samples('40/13/2026', '13/40/2026'))).toEqual({ kind: 'not-needed' });
  });
});

describe('the words of the question and the preview', () => {
  it('shows a date both ways', () => {
    expect(twoReadings('03/02/2026 10:00')).toEqual({
      text: '03/02/2026',
      dayFirst: '3 February 2026',
      monthFirst: '2 March 2026',
    });
    expect(describeTwoReadings('03/02/2026')).toBe('03/02/2026 → 3 February 2026 or 2 March 2026');
    expect(describeTwoReadings('1-12-26')).toBe('1-12-26 → 1 December 2026 or 12 January 2026');
  });

  it('says how the dates were read and why', () => {
    expect(describeDateOrder('day-first', { row: 3, text: '24/11/2026' }, false)).toBe(
      'Dates are read with the day first, as row 3 shows: 24/11/2026 is 24 November 2026.',
    );
    expect(describeDateOrder('month-first', { row: 2, text: '03/02/2026' }, true)).toBe(
      'Dates are read with the month first, as you chose: 03/02/2026 is 2 March 2026.',
    );
  });
});

describe('mapRowsToEpisodes with day/month dates', () => {
  const now = new Date('2026-11-25T10:30:00.000Z');
  const choice: ColumnChoice = {
    time: 0,
    intensity: 1,
    notes: null,
    trigger: null,
    remedy: null,
    intensityScale: 10,
  };
  const file = (...rows: string[]) => parseCsv(['When,Pain', ...rows].join('\n'));

  it('reads every row of a day/month file day first, the ambiguous ones too', () => {
    const { episodes, problems } = mapRowsToEpisodes(
      file('03/02/2026 09:00,4', '24/11/2026 08:15,6', '10/11/2026,3'),
      choice,
      { timeZone: LONDON, now },
    );
    expect(problems).toEqual([]);
    expect(episodes.map((e) => e.startedAt).sort()).toEqual([
      '2026-02-03T09:00:00.000Z',
      '2026-11-10T12:00:00.000Z',
      '2026-11-24T08:15:00.000Z',
    ]);
    expect(episodes.find((e) => e.intensity === 3)?.notes).toBe(
      'The imported file had no time for this episode; it was set to 12:00.',
    );
  });

  it('follows the person’s answer for an ambiguous file, and refuses its rows without one', () => {
    const ambiguous = file('03/02/2026 09:00,4', '04/02/2026 9:30 PM,5');
    const read = (dateOrder?: DateOrder) =>
      mapRowsToEpisodes(ambiguous, choice, { timeZone: LONDON, now, ...(dateOrder && { dateOrder }) });
    expect(
      read('day-first')
        .episodes.map((e) => e.startedAt)
        .sort(),
    ).toEqual(['2026-02-03T09:00:00.000Z', '2026-02-04T21:30:00.000Z']);
    expect(
      read('month-first')
        .episodes.map((e) => e.startedAt)
        .sort(),
    ).toEqual(['2026-03-02T09:00:00.000Z', '2026-04-02T20:30:00.000Z']);
    expect(read().problems.map((p) => p.message)).toEqual([
      'Row 2: in \'When\', "03/02/2026 09:00" could be 3 February 2026 or 2 March 2026, and the other dates in the file don’t show which.',
      'Row 3: in \'When\', "04/02/2026 9:30 PM" could be 4 February 2026 or 2 April 2026, and the other dates in the file don’t show which.',
    ]);
  });

  it('refuses a file with dates written both ways, naming both rows', () => {
    const { problems, rowNumbers } = mapRowsToEpisodes(
      file('24/11/2026 08:15,6', '03/02/2026 09:00,4', '11/23/2026 8:15 AM,5'),
      choice,
      { timeZone: LONDON, now },
    );
    expect(problems).toEqual([
      {
        row: 3,
        message:
          'Row 3: in \'When\', "03/02/2026 09:00" could be 3 February 2026 or 2 March 2026, and the other dates in the file don’t show which.',
      },
      {
        row: 4,
        message:
          'Row 4: "11/23/2026" has the month first, but row 2 ("24/11/2026") has the day first. Every date in the file needs to be written the same way, so it can be read the way you meant.',
      },
    ]);
    // Row 4 reads on its own, but it has a problem: it is not among the episodes that could be imported.
    expect(rowNumbers).toEqual([2]);
  });

  it('tells the order from a separate date column', () => {
    const parsed = parseCsv('Date,Time,Pain\n24/11/2026,08:15,6\n03/11/2026,8:15 PM,2');
    const separate = { ...choice, date: 0, time: 1, intensity: 2 };
    expect(dateOrderFromColumn(parsed, separate)).toEqual({ order: 'day-first', problem: null });
    expect(
      mapRowsToEpisodes(parsed, separate, { timeZone: LONDON, now })
        .episodes.map((e) => e.startedAt)
        .sort(),
    ).toEqual(['2026-11-03T20:15:00.000Z', '2026-11-24T08:15:00.000Z']);
  });
});

describe('nextDateOrderStep', () => {
  const choice = { time: 0, date: null };
  it('asks for an ambiguous column until answered, then reads with the answer and says so', () => {
    const parsed = parseCsv('When,Pain\n03/02/2026 09:00,4\n04/02/2026,5');
    expect(nextDateOrderStep(parsed, choice, null)).toEqual({
      kind: 'ask',
      examples: [
        { row: 2, text: '03/02/2026' },
        { row: 3, text: '04/02/2026' },
      ],
    });
    expect(nextDateOrderStep(parsed, choice, 'month-first')).toEqual({
      kind: 'read',
      dateOrder: 'month-first',
      note: 'Dates are read with the month first, as you chose: 03/02/2026 is 2 March 2026.',
      isChosen: true,
    });
  });

  it('never asks, and ignores an earlier answer, when the column shows the order', () => {
    const parsed = parseCsv('When,Pain\n03/02/2026 09:00,4\n24/11/2026 08:15,5');
    expect(nextDateOrderStep(parsed, choice, 'month-first')).toEqual({
      kind: 'read',
      dateOrder: undefined,
      note: 'Dates are read with the day first, as row 3 shows: 24/11/2026 is 24 November 2026.',
      isChosen: false,
    });
    expect(nextDateOrderStep(parseCsv('When,Pain\n2026-02-03 09:00,4'), choice, null)).toEqual({
      kind: 'read',
      dateOrder: undefined,
      note: null,
      isChosen: false,
    });
  });
});

/** A real wall time in 2000-2099, minutes only (as exports write them). */
const wallTimes = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map((w) => ({ ...w, iso: `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}` }));
type Wall = { year: number; month: number; day: number; hour: number; minute: number };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const twelveHour = (w: Wall) =>
  `${w.hour % 12 === 0 ? 12 : w.hour % 12}:${pad(w.minute)} ${w.hour < 12 ? 'AM' : 'PM'}`;
const DAY_FIRST_FORMS = [
  (w: Wall) => `${pad(w.day)}/${pad(w.month)}/${w.year} ${pad(w.hour)}:${pad(w.minute)}`,
  (w: Wall) => `${w.day}-${w.month}-${String(w.year).slice(2)} ${w.hour}:${pad(w.minute)}:00`,
  (w: Wall) => `${pad(w.day)}.${pad(w.month)}.${w.year} ${pad(w.hour)}:${pad(w.minute)}`,
];
const MONTH_FIRST_FORMS = [
  (w: Wall) => `${w.month}/${w.day}/${w.year} ${twelveHour(w)}`,
  (w: Wall) => `${pad(w.month)}/${pad(w.day)}/${String(w.year).slice(2)}, ${twelveHour(w).toLowerCase()}`,
];
const ZONES = ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles', 'UTC'];

describe('properties', () => {
  it('a wall time written day first or month first reads as the same instant as its yyyy-MM-dd form', () => {
    fc.assert(
      fc.property(
        wallTimes,
        fc.constantFrom(...ZONES),
        fc.constantFrom(
          ...DAY_FIRST_FORMS.map((form) => ['day-first', form] as const),
          ...MONTH_FIRST_FORMS.map((form) => ['month-first', form] as const),
        ),
        (wall, zone, [order, form]) => {
          expect(parseImportedDateTime(form(wall), zone, order)).toEqual(
            parseImportedDateTime(wall.iso, zone),
          );
        },
      ),
    );
  });

  it('a column written one way is never read the other way, and is decided when a day is over 12', () => {
    fc.assert(
      fc.property(fc.array(wallTimes, { minLength: 1, maxLength: 20 }), fc.boolean(), (walls, isDayFirst) => {
        const order: DateOrder = isDayFirst ? 'day-first' : 'month-first';
        const form = isDayFirst ? DAY_FIRST_FORMS[0] : MONTH_FIRST_FORMS[0];
        if (form === undefined) return;
        const finding = findDateOrder(samples(...walls.map(form)));
        const isDecidable = walls.some((w) => w.day > 12);
        const isAmbiguous = walls.some((w) => w.day !== w.month && w.day <= 12);
        if (isDecidable) expect(finding).toMatchObject({ kind: 'decided', order });
        else expect(finding.kind).toBe(isAmbiguous ? 'ambiguous' : 'not-needed');
      }),
    );
  });
});

describe('looksLikeCsv', () => {
  it.each([
    ['a comma-separated file with a header', 'Date,Time,Pain\n24/11/2026,08:15,6\n'],
    [
      'one saved by a spreadsheet, with a byte order mark and CRLF',
      '\uFEFFWhen;Pain\r\n24/11/2026 08:15;6\r\n',
    ],
    ['a header alone', 'started_at,intensity,notes'],
  ])('recognises %s', (_, text) => {
    expect(looksLikeCsv(text)).toBe(true);
  });

  it.each([
    ['a backup', '{"format":"upper-back-journal-backup","tables":{}}'],
    ['a backup cut short', '{"format":"upper-back-jour'],
    ['a JSON list', '[1,2,3]'],
    ['one line of text', 'hello there'],
    ['an empty file', '  \n'],
    ['a header with one named column', 'Pain,\n6,\n'],
    ['a broken quote', 'a,"b\n'],
  ])('does not take %s for a CSV', (_, text) => {
    expect(looksLikeCsv(text)).toBe(false);
  });
});
