import { execFileSync } from 'node:child_process';
import { expect, localTime, test, type Page, type TestInfo } from './fixtures';
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../src/shared/model';
import { MAX_ACTIVITY_NAME_LENGTH } from '../../src/shared/measures';
import { REPORT_PDF_OPTIONS } from '../../src/shared/report/pdfOptions';
import { RUNNING_HEADER_NAME_LENGTH } from '../../src/shared/report/paper';
import { checkIn, episode, nextId } from '../fixtures/builders';
import { JournalPage } from './journalPage';

// Issue 20, item 10: a long unbroken word (a pasted link, a key held down) made the journal page tens of
// thousands of pixels wide and was cut off in the printed report. Every free-text field gets one here, as
// long as the field allows (up to 3,500 letters), and every screen must still fit the window.

const LONG = 3500;

/** An unbroken word of letters only, starting with its field's name so each can be found on its own. */
function longWord(field: string, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = field;
  while (word.length < length) word += letters;
  return word.slice(0, length);
}

const WORDS = {
  episodeNotes: longWord('Episodenotes', Math.min(LONG, MAX_NOTES_LENGTH)),
  workoutNote: longWord('Workoutnote', MAX_SHORT_TEXT_LENGTH),
  otherNote: longWord('Othernote', MAX_SHORT_TEXT_LENGTH),
  medicationName: longWord('Medicationname', MAX_SHORT_TEXT_LENGTH),
  dose: longWord('Dosetext', MAX_SHORT_TEXT_LENGTH),
  checkInNotes: longWord('Checkinnotes', Math.min(LONG, MAX_NOTES_LENGTH)),
  activityOne: longWord('Activityone', MAX_ACTIVITY_NAME_LENGTH),
  activityTwo: longWord('Activitytwo', MAX_ACTIVITY_NAME_LENGTH),
  activityThree: longWord('Activitythree', MAX_ACTIVITY_NAME_LENGTH),
  patientName: longWord('Patientname', 200),
  clinicianName: longWord('Clinicianname', 200),
  goals: longWord('Goalstext', LONG),
  questions: longWord('Questionstext', LONG),
};

const DAY = '2026-11-20';
const EPISODE = episode(localTime(`${DAY}T09:00`).toISOString(), 6, {
  endedAt: localTime(`${DAY}T10:00`).toISOString(),
  regions: ['neck', 'between-shoulder-blades'],
  qualities: ['dull-ache'],
  triggers: [
    { id: nextId(), kind: 'workout', note: WORDS.workoutNote, workoutType: 'rowing', effort: 7 },
    { id: nextId(), kind: 'other', note: WORDS.otherNote },
  ],
  remedies: [
    {
      id: nextId(),
      kind: 'prescribed-medication',
      medicationName: WORDS.medicationName,
      dose: WORDS.dose,
      painBefore: 6,
      painAfter: 3,
      minutesAfter: 60,
    },
  ],
  notes: WORDS.episodeNotes,
});
const CHECK_IN = checkIn(DAY, {
  overallPain: 5,
  sleepHours: 7,
  workout: 'rowing',
  notes: WORDS.checkInNotes,
});

const ACTIVITIES = [WORDS.activityOne, WORDS.activityTwo, WORDS.activityThree].map((name, position) => ({
  id: `long-activity-${position}`,
  name,
  position,
  createdAt: '2026-11-01T09:00:00.000Z',
  retiredAt: null,
}));
const psfs = (id: string, day: string, scores: number[]) => ({
  id,
  kind: 'psfs',
  day,
  takenAt: `${day}T12:00:00.000Z`,
  ratings: ACTIVITIES.map((a, index) => ({ activityId: a.id, score: scores[index] ?? 0 })),
});
const OTHER_ROWS = {
  psfsActivities: ACTIVITIES,
  measures: [psfs('long-psfs-first', '2026-11-08', [2, 3, 4]), psfs('long-psfs-latest', DAY, [6, 5, 4])],
  withdrawalPeriods: [{ id: 'long-withdrawal', substance: 'caffeine', quitDay: '2026-11-10', endDay: null }],
};

/** Puts rows in stores JournalPage.seed does not fill (activities, measures, withdrawal periods). */
async function putRows(page: Page, tables: Record<string, readonly object[]>): Promise<void> {
  await page.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('upper-back-journal');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(Object.keys(rows), 'readwrite');
        for (const [store, list] of Object.entries(rows))
          for (const row of list) tx.objectStore(store).put(row);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, tables);
}

interface Fit {
  clientWidth: number;
  scrollWidth: number;
  /** Visible elements whose right edge is past the window (inside a scrolling box too: still unreadable). */
  beyond: string[];
}

/** How wide the page is against the window, and which elements stick out past its right edge. */
async function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    const beyond: string[] = [];
    // Text can run out of its box without widening the box, so each line of text is measured too.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((line) => line.right));
      if (right > clientWidth + 1) {
        const parent = node.parentElement;
        if (parent && getComputedStyle(parent).visibility === 'hidden') continue;
        beyond.push(`text "${node.textContent.trim().slice(0, 30)}…": right edge ${Math.round(right)}`);
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= clientWidth + 1) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      const name = element.getAttribute('data-testid') ?? element.className.toString();
      beyond.push(
        `${element.tagName.toLowerCase()}${name ? ` (${name})` : ''}: right edge ${Math.round(box.right)}`,
      );
    }
    return { clientWidth, scrollWidth: document.documentElement.scrollWidth, beyond };
  });
}

async function expectToFit(page: Page, screen: string, testInfo: TestInfo): Promise<void> {
  const fit = await measureFit(page);
  // For looking at, not for comparing: the whole page once it fits, else the window.
  await page.screenshot({
    path: testInfo.outputPath(`${screen}.png`),
    fullPage: fit.scrollWidth <= fit.clientWidth,
  });
  console.log(`${screen}: page ${fit.scrollWidth} px wide in a ${fit.clientWidth} px window`);
  // Soft, so one run measures every screen and the printed report.
  expect.soft(fit.scrollWidth, `${screen}: page width`).toBeLessThanOrEqual(fit.clientWidth);
  expect.soft(fit.beyond.slice(0, 5), `${screen}: elements past the right edge`).toEqual([]);
}

/** The longest start of `rest` that `line` begins with. */
function commonStart(line: string, rest: string): number {
  let n = 0;
  while (n < line.length && n < rest.length && line[n] === rest[n]) n += 1;
  return n;
}

/**
 * How many letters of the word the PDF's text holds in order, from its start. The word is followed line
 * by line; lines that are not part of it (where a row goes on over a page break: the running header, the
 * page number, the table's repeated headings) are passed over, but no letter may be missing or changed.
 */
function lettersShown(text: string, word: string): number {
  const lines = text.split('\n').map((line) => line.replace(/[\s\u00ad-]+/g, ''));
  const head = word.slice(0, 8);
  let best = 0;
  lines.forEach((line, index) => {
    const at = line.indexOf(head);
    if (at === -1) return;
    const first = line.slice(at);
    let shown = commonStart(first, word);
    if (shown === first.length) {
      for (const next of lines.slice(index + 1)) {
        if (shown === word.length) break;
        const matched = commonStart(next, word.slice(shown));
        // A line wholly of the word goes on with it; one that ends the word may have more after it.
        if (matched > 0 && (matched === next.length || shown + matched === word.length)) shown += matched;
      }
    }
    best = Math.max(best, shown);
  });
  return best;
}

test.use({ viewport: { width: 1280, height: 800 } });

test('long unbroken words wrap on every screen and print in full in the report', async ({
  page,
}, testInfo) => {
  test.slow(); // ten screens, a PDF and pdftotext
  // Five days after the entries, wherever E2E_NOW is set: the report's default 30 days hold them all.
  await page.clock.setFixedTime(localTime('2026-11-25T10:30'));
  const journal = new JournalPage(page);
  await journal.open();
  await putRows(page, OTHER_ROWS);
  await journal.seed([EPISODE], [CHECK_IN]);

  await expect(journal.episodes).toHaveCount(1);
  await expect(journal.episodes.first()).toContainText(WORDS.episodeNotes);
  await expectToFit(page, 'journal', testInfo);

  await journal.episodes
    .first()
    .getByRole('button', { name: /^Edit episode/ })
    .click();
  await expect(journal.field('Notes')).toHaveValue(WORDS.episodeNotes);
  await expectToFit(page, 'episode-editor', testInfo);
  await page.keyboard.press('Escape');
  await expect(journal.dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Check-in', exact: true }).click();
  await page.getByRole('button', { name: 'Edit check-in for 20 Nov 2026' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue(WORDS.checkInNotes);
  await expectToFit(page, 'check-in', testInfo);

  for (const [button, heading] of [
    ['Trends', /Trends/],
    ['Insights', /Insights|patterns/i],
    ['Withdrawal', /Withdrawal|Stopping/i],
    ['Settings', /Settings/],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading }).first()).toBeVisible();
    await expectToFit(page, button.toLowerCase(), testInfo);
  }

  await page.getByRole('button', { name: 'Measures', exact: true }).click();
  await expect(page.getByTestId('psfs-result').getByRole('table')).toContainText(WORDS.activityOne);
  await expectToFit(page, 'measures', testInfo);

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByLabel('Your name', { exact: true }).fill(WORDS.patientName);
  await page.getByLabel('Physiotherapist or clinician', { exact: true }).fill(WORDS.clinicianName);
  await page.getByLabel('Your goals', { exact: true }).fill(WORDS.goals);
  await page.getByLabel('Questions for the visit', { exact: true }).fill(WORDS.questions);
  const preview = page.getByTestId('report-document');
  await expect(preview).toContainText(WORDS.questions);
  await expect(preview).toContainText(WORDS.episodeNotes);
  await expectToFit(page, 'report', testInfo);

  // Printed the way the desktop app prints (the options of Electron's printToPDF), then read back.
  const path = testInfo.outputPath('report.pdf');
  await page.pdf({
    path,
    printBackground: REPORT_PDF_OPTIONS.printBackground,
    preferCSSPageSize: REPORT_PDF_OPTIONS.preferCSSPageSize,
    displayHeaderFooter: REPORT_PDF_OPTIONS.displayHeaderFooter,
    tagged: REPORT_PDF_OPTIONS.generateTaggedPDF,
  });
  // -raw keeps the PDF's own order, so a wrapped cell's lines are not interleaved with its neighbours'.
  const text = execFileSync('pdftotext', ['-raw', path, '-']).toString('utf8');
  const printed = Object.entries(WORDS).map(([field, word]) => [
    field,
    lettersShown(text, word),
    word.length,
  ]);
  console.log(
    `printed letters: ${printed.map(([field, shown, all]) => `${field} ${shown}/${all}`).join(', ')}`,
  );
  // The top of every page names the person too, there cut short so it stays in the margin.
  expect(text).toContain(
    `Pain journal report for ${WORDS.patientName.slice(0, RUNNING_HEADER_NAME_LENGTH - 1)}…`,
  );
  expect(printed).toEqual(Object.entries(WORDS).map(([field, word]) => [field, word.length, word.length]));
});
