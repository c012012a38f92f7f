import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_CSV_COLUMNS } from '../../../../src/shared/csv/checkInsCsv';
import { EPISODE_CSV_COLUMNS } from '../../../../src/shared/csv/episodesCsv';

const DOC = resolve(__dirname, '../../../../docs/csv-format.md');

function table(columns: readonly { name: string; description: string }[]): string {
  return [
    '| column | meaning |',
    '| --- | --- |',
    ...columns.map((c) => `| \`${c.name}\` | ${c.description} |`),
  ].join('\n');
}

function generated(): string {
  return `# CSV export

Settings › Export as CSV saves your episodes and your daily check-ins as two CSV files, for a
spreadsheet or another app. Both are UTF-8 with a byte-order mark (so spreadsheets show accents and
symbols correctly), comma-separated, with CRLF line ends and a header row.

- Dates and times are ISO 8601: instants in UTC (\`2026-11-21T09:30:00.000Z\`), days as \`yyyy-MM-dd\`.
- "Not recorded" is an empty cell. It is never written as 0, so a 0 always means a rating of 0.
- A cell that starts with \`=\`, \`+\`, \`-\`, \`@\` (or their full-width forms \`＝\`, \`＋\`, \`－\`, \`＠\`), a
  tab or a carriage return gets a leading apostrophe. Spreadsheets then show it as text and never run it
  as a formula. The journal's own CSV import removes that apostrophe again, so a re-import gets back
  exactly what was exported.
- Cells with commas, quotes, line breaks, semicolons or leading and trailing spaces are quoted, with
  quotes doubled.

## Episodes (\`upper-back-journal-episodes-<day>.csv\`)

One row per episode (deleted episodes are left out).

${table(EPISODE_CSV_COLUMNS)}

The \`follow_up_\` columns hold the answer to "How is it now?", asked a while after an episode is logged.
A file exported before follow-ups has none of them; the journal's own CSV import reads such a file with
no follow-ups. A follow-up cell it cannot read is listed with its row and column, and that episode is
read with everything else in its row but without its follow-up.

## Check-ins (\`upper-back-journal-check-ins-<day>.csv\`)

One row per day, oldest first.

${table(CHECK_IN_CSV_COLUMNS)}

Then one column per factor of your own (archived ones too: their records are kept), in the order you
added them, headed with its name and, for numbers, its unit, e.g. \`Cups of coffee (cups)\`. Yes-or-no
factors are written \`yes\` or \`no\`; 0-10 and number factors as the number; an empty cell is not
recorded. The journal's CSV import reads episodes only, so check-ins come back from a backup file.

## Importing from another app

Settings › Import episodes from another app reads another tracker's CSV file. Each episode it brings in
gets an id worked out from what its row says (its time, pain, notes, triggers, what was tried and, when
there are any, where it hurt and what it felt like), so importing the same file again recognises the
episodes already brought in: the preview says how many are already in your journal, and those are left
as they are. A row whose text was changed since counts as a new episode.

### Choosing the columns

The journal guesses which column holds what from the headers, and you can change every choice:

- **Date and time**, or a date column and a time column. A time column holding words ("am", "morning",
  "all day") instead of a clock time: the entry is set to 12:00 that day and the words are kept in the
  notes.
- **Pain level**, on a 0-10, 0-5 (or 1-5), 0-4 or 0-100 scale, converted to 0-10 and rounded.
- **Where it hurt** and **What it felt like (pain type)**. A cell may list several values (separated by
  commas, semicolons, slashes, \`|\` or "and"). Values are compared without case, punctuation or filler
  words, in any word order: "upper back", "Back (upper)", "UPPER_BACK" are one value. The journal knows
  the usual words for its places ("upper back", "middle back", "between shoulder blades", "left
  shoulder", "neck", "shoulder blade", "ribs", "chest", "trapezius", …) and kinds of pain ("burning",
  "stabbing", "aching", "tight", "pins and needles", …); a place with two sides named without a side
  ("shoulder blade") means both. Each distinct value is listed once with how many rows have it and what it
  will be saved as; one that matches nothing is kept in the notes ("Location: lower back") unless you
  choose a place or kind of pain for it.
- **Notes**, **Triggers** and **What was tried**, as before.
- **Other columns** are listed by their headers ("Not imported: Weather, Mood"). Tick one to keep its
  text in the notes. The Notes column's text is kept as it is; each ticked column's text follows it,
  labelled with its header ("Description: after gym"). A second note-like column ("Description",
  "Comment", "Journal") is ticked for you; other columns are not imported unless you tick them. Nothing
  in a chosen column is dropped.

"Check the file" shows the first 20 episodes exactly as they will be saved (made by the same code that
saves them), then every row that cannot be read, by its row number and in plain words naming the file's
own column ("Row 7: 'Pain level' is empty; every entry needs a pain number."). Nothing is written until
you press Import; Cancel leaves the journal as it was.

### Exports of other trackers

These layouts are recognised from their header row, and their columns are chosen for you (you can still
change them). Where each layout comes from is cited in \`src/shared/csv/importPresets.ts\`.

- **Privacy Friendly Pain Diary** (English or German headers): the CSV export of its pull request #18
  (the released app exports PDF only). Entries have a day but no time, so each is set to 12:00; short
  dates like 18.11.26 are read as 2026; body regions (NECK_BACK, CHEST_LEFT) and natures of pain
  (stabbing, dull, burning…) are matched, and the condition, times of pain and medication go into the notes.
- **Flaredown**: one row per day with a column per symptom, rated 0-4. The first symptom column naming
  pain is taken as the pain level; days without a number in it are left out and counted. Tags are read as
  triggers.
- **Bearable**: one row per record. Only symptom rows naming pain are imported (the others are counted
  and left out); the symptom ("Back (upper) pain") gives where it hurt, and its severity 0-4 the pain.

Manage My Pain publishes no CSV layout and none could be found in public material, so its files go
through the column choice above.

Dates and times are read in these forms, in one column or in a date column and a time column:

- the date: \`2026-11-24\` (or \`2026/11/24\`); \`24.11.2026\` (dots are always day first);
  \`24/11/2026\`, \`11/24/2026\` or \`24-11-2026\`; two-digit years (\`24/11/26\`) are 2000-2099;
- then, optionally, the time: \`08:15\`, \`8:15:30\`, \`8:15 AM\`, \`8:15 p.m.\`, \`8 PM\`, after a space, a comma or
  \`T\` (\`2026-11-24T08:15\`), and optionally a zone: \`Z\`, \`UTC\`, \`GMT\`, \`+01:00\`, \`+0100\`, \`-05\`, \`UTC+1\`.
  A time without a zone is the clock in your time zone; a time the clocks skipped (the hour lost when
  summer time starts) is named as a problem rather than moved.
- A date without a time is read as 12:00 that day, and the episode's notes say so.

Whether \`03/02/2026\` is 3 February or 2 March is told from the whole date column, never row by row: a
date like \`24/11/2026\` (first part over 12) means every date has the day first, \`11/24/2026\` the month
first, and a file with both is refused with the two rows named. When no date in the file decides it, the
import asks once, showing a few of the file's dates both ways, and reads every row with the answer.

This file describes the code's column lists (\`src/shared/csv\`); a unit test keeps it in step
(regenerate with \`UPDATE_DOCS=1 npm run test:unit\`).
`;
}

describe('docs/csv-format.md', () => {
  it('documents exactly the columns the export writes', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, generated());
    expect(readFileSync(DOC, 'utf8')).toBe(generated());
  });
});
