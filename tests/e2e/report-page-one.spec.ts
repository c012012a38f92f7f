import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { THREE_WEEKS_LAST_REPORT, THREE_WEEKS_NOW, threeWeekJournal } from '../fixtures/threeWeekJournal';
import { expect, localTime, test, type Page } from './fixtures';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';
import { pdfInfo, pdfLines, pdfText, pdfWords, printReport, type PdfPage } from './reportPdf';

// The three weeks of tests/fixtures/threeWeekJournal.ts, reported on Saturday 21 November 2026 at 10:00.
// The last report was on 31 October, so this one covers 1 to 21 November (21 days). Worked by hand:
//   Rated days (a check-in's overall pain is the day's pain): 1 (7), 3 (3), 5 (3), 7 (7), then 8-21 with
//   7 on 10, 13, 16, 19 and 3 on the other ten: 18 days; 6 × 7 + 12 × 3 = 78; 78 / 18 = 4.33 → 4.3.
//   Worst: the 8 of 7 November's episode. Least: 3. Now: 21 November's check-in, 3.
//   Change: thirds of 7 days. 1-7 Nov rated on 4 days, (7 + 3 + 3 + 7) / 4 = 5; 15-21 Nov on 7 days,
//   (3 + 7 + 3 + 3 + 7 + 3 + 3) / 7 = 29 / 7 = 4.14 → 4.1; 0.86 → 0.9 points lower, 0.86 / 5 = 17%.
//   Episodes 7: between the shoulder blades in 5 (71%), neck 4 (57%), left arm 1 (14%).
//   Heat 6 → 3, 8 → 5, 6 → 4, 7 → 4, 6 → 3, 7 → 5: relief (3 + 3 + 2 + 3 + 3 + 2) / 6 = 2.67 → 2.7.
//   PSFS 3 → 5 (+2) and PEG-3 7 → 5 (-2), both the 2 points that usually matter.
const GOALS = 'Sit through a whole working day.';
const QUESTIONS = 'Should I keep using heat after the gym?';

/** The last report as seeded: on 31 October, before the To was kept. */
const BEFORE = `${THREE_WEEKS_LAST_REPORT} / null`;

async function openThreeWeekReport(page: Page): Promise<void> {
  await page.clock.setFixedTime(localTime(THREE_WEEKS_NOW));
  // Ignore the print dialog: the test answers "Did it print?" itself.
  await page.addInitScript(() => {
    const w = window as unknown as { __prints: number; print: () => void };
    w.__prints = 0;
    w.print = () => {
      w.__prints += 1;
    };
  });
  const journal = new JournalPage(page);
  await journal.open();
  const data = threeWeekJournal((wallTime) => localTime(wallTime).toISOString());
  await journal.seed(data.episodes, data.checkIns, [], {
    measures: data.measures,
    psfsActivities: data.psfsActivities,
    withdrawalPeriods: data.withdrawalPeriods,
    settings: [
      {
        ...DEFAULT_SETTINGS,
        id: 'settings',
        report: {
          ...DEFAULT_SETTINGS.report,
          patientName: 'Sam Taylor',
          clinicianName: 'Alex Reed',
          goals: GOALS,
          questions: QUESTIONS,
          lastReportDay: THREE_WEEKS_LAST_REPORT,
        },
      },
    ],
  });
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByTestId('report-document')).toBeVisible();
}

/** All of a page's words in reading order, spaced, for phrases that may wrap onto the next line. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The figure printed under a label (the report's figures are a label with its value beneath). */
function valueUnder(page: PdfPage, label: string): string | undefined {
  const top = page.words.find((w) => w.text === label);
  if (!top) return undefined;
  return page.words
    .filter((w) => Math.abs(w.xMin - top.xMin) < 1.5 && w.yMin > top.yMax && w.yMin - top.yMax < 12)
    .sort((a, b) => a.yMin - b.yMin)[0]?.text;
}

/** The stored last report: "day made / last day covered". */
async function lastReportDay(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('settings').objectStore('settings').get('settings');
          get.onsuccess = () => {
            request.result.close();
            const { report } = get.result as {
              report: { lastReportDay: string | null; lastReportEnd: string | null };
            };
            resolve(`${report.lastReportDay} / ${report.lastReportEnd}`);
          };
        };
      }),
  );
}

test('page one holds the story of three weeks, and no page is left half empty', async ({
  page,
}, testInfo) => {
  await openThreeWeekReport(page);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-11-01');
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report covered up to 31 Oct; this one starts on 1 Nov, the day after.',
  );
  const path = await printReport(page, testInfo);
  const { pages } = pdfInfo(path);
  expect(pages).toBeGreaterThanOrEqual(2);

  const first = flat(pdfText(path, { first: 1, last: 1 }, true));
  const [one] = pdfWords(path);
  if (!one) throw new Error('no first page');
  // Warning signs come first, above the pain.
  const signs = one.words.find((w) => w.text === 'Warning');
  const pain = one.words.find(
    (w) => w.text === 'Pain' && one.words.some((n) => n.text === '(0-10' && n.yMin === w.yMin),
  );
  expect(signs && pain && signs.yMin < pain.yMin).toBe(true);
  expect(first).toContain('7 November 2026: Numbness or tingling');
  // Pain now, average, worst and least, and the days rated.
  expect(valueUnder(one, 'Now')).toBe('3');
  expect(valueUnder(one, 'Average')).toBe('4.3');
  expect(valueUnder(one, 'Worst')).toBe('8');
  expect(valueUnder(one, 'Least')).toBe('3');
  expect(first).toMatch(/Days\s+rated\s+.*18/);
  // The change, with the rated days each side rests on.
  expect(first).toContain(
    'Average pain went from 5 (1 to 7 November 2026, 4 rated days) to 4.1 (15 to 21 November 2026, 7 rated days): 0.9 points lower (17%).',
  );
  expect(first).toContain('That is less than the changes usually counted as meaningful');
  // The chart, with caffeine's stop day marked and named.
  expect(first).toContain('Pain by day');
  expect(first).toContain('Stopped caffeine (8 Nov)');
  expect(first).toContain('Warning sign noted');
  // Where: the body figure and each region's share of the 7 episodes.
  expect(first).toContain('Where it hurt');
  expect(first).toContain('Between the shoulder blades: 5 of 7 (71%)');
  expect(first).toContain('Neck: 4 of 7 (57%)');
  expect(first).toContain('Left arm (spreading into the arm): 1 of 7 (14%)');
  // The pattern: how often, how long from known ends only, when, how it felt, the arms.
  expect(first).toContain('7 episodes on 7 of 21 days (about 2.3 a week)');
  expect(first).toContain(
    '1 h (middle half 1 h to 1 h 15 min, from the 5 of 7 episodes with an end recorded)',
  );
  expect(first).toContain('most often Morning (06:00 to 12:00): 4 of 7');
  expect(first).toContain('Dull ache 4');
  expect(first).toContain('1 of 7 episodes (14%)');
  // The factor the analysis supports, in Insights' words; what helped, in Insights' words.
  expect(first).toContain('Likely contributing factor.');
  expect(first).toMatch(
    /Days with high stress went with more pain: about 4 points higher \(95% range [\d.]+ to [\d.]+;/,
  );
  expect(first).toContain('Heat: pain was on average 2.7 points lower afterwards');
  expect(first).toContain('6 rated uses');
  // Function against baseline with the shared verdict, and the goals and questions.
  expect(first).toContain('PSFS: 3 → 5 (+2).');
  expect(first).toContain('PEG-3: 7 → 5 (-2).');
  expect(first).toContain('at least the 2-point change that usually matters to people');
  expect(first).toContain(GOALS);
  expect(first).toContain(QUESTIONS);
  expect(first).not.toContain('Appendix');

  // No page but the last is under half full: its lowest line of text (leaving out the running header and
  // the page number in the margins, 16 mm = 45 pt) reaches past the middle of the space between them.
  const margin = 45.4;
  const words = pdfWords(path);
  words.slice(0, -1).forEach((p, index) => {
    const body = p.words.filter((w) => w.yMin > margin && w.yMax < p.height - margin);
    const lowest = Math.max(...body.map((w) => w.yMax));
    expect(lowest, `page ${index + 1} of ${pages}`).toBeGreaterThan(margin + (p.height - 2 * margin) / 2);
  });

  // No date in a table is split over two lines, and none is an ISO day; episodes without an end say so.
  const lines = pdfLines(path).flat();
  const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
  const dayMonth = new RegExp(`\\b\\d{1,2} (${months})\\b(?! \\d{4})`);
  const appendixStart = lines.findIndex((l) => l.includes('Appendix: the full log'));
  expect(appendixStart).toBeGreaterThan(0);
  const appendix = lines.slice(appendixStart);
  expect(appendix.filter((line) => line.includes('2026-'))).toEqual([]);
  expect(appendix.filter((line) => dayMonth.test(line) && !line.includes('Stopped'))).toEqual([]);
  expect(appendix.filter((line) => /^\d{4}\b/.test(line))).toEqual([]);
  expect(appendix.some((line) => line.includes('13 Nov 2026'))).toBe(true);
  const all = flat(pdfText(path, undefined, true));
  expect(all).toContain('end not recorded'); // 13 November, eight days before the report
  expect(all).toContain('no end yet'); // 21 November, an hour before
  expect(all).not.toContain('ongoing');
  // The relief table says what its numbers are, as the sentence does: the mean with its 95% range, then
  // the median.
  expect(all).toMatch(/on average 2\.7 lower \(95% range [\d.]+ to [\d.]+\); median 3/);
  expect(lines.some((line) => /\(95% range [\d.]+ to [\d.]+\)/.test(line))).toBe(true);
  // No line of a check-in or relief cell starts with a unit or "recorded" left behind by a wrap.
  expect(lines.filter((line) => /^(recorded|min)\b|^h\)/.test(line))).toEqual([]);
});

test('the desktop app records the last report only when the PDF is saved', async ({ page }) => {
  await installFakeDesktop(page);
  // The first save dialog is cancelled; the second saves.
  await page.addInitScript(() => {
    const w = window as unknown as {
      desktop: { saveReportPdf: (name: string) => Promise<{ saved: boolean; location?: string }> };
    };
    const save = w.desktop.saveReportPdf;
    let calls = 0;
    w.desktop.saveReportPdf = async (name) => {
      calls += 1;
      if (calls > 1) return save(name);
      // A person taking a moment before pressing Cancel.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { saved: false };
    };
  });
  await openThreeWeekReport(page);
  const save = page.getByRole('button', { name: /^(Save as PDF…|Saving…)$/ });
  await save.click();
  await expect(save).toHaveText('Saving…');
  // Back to "Save as PDF…" only once everything the click started has finished.
  await expect(save).toHaveText('Save as PDF…');
  expect(await lastReportDay(page)).toBe(BEFORE);
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report covered up to 31 Oct; this one starts on 1 Nov, the day after.',
  );
  await save.click();
  await expect(
    page.getByText(
      'Report saved to /fake/Documents/Pain report 2026-11-01 to 2026-11-21.pdf. This report covers up to today, so the next one will start tomorrow (one made later today shows the last 30 days).',
    ),
  ).toBeVisible();
  expect(await lastReportDay(page)).toBe('2026-11-21 / 2026-11-21');
});

test('a cancelled print leaves the last report as it was; a confirmed one records today', async ({
  page,
}) => {
  await openThreeWeekReport(page);
  const print = page.getByRole('button', { name: 'Print or save as PDF…' });
  const question = page.getByRole('dialog', { name: 'Did it print?' });

  await print.click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'No', exact: true }).click();
  await expect(question).toHaveCount(0);
  expect(await lastReportDay(page)).toBe(BEFORE);
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report covered up to 31 Oct; this one starts on 1 Nov, the day after.',
  );

  // Escape closes the question: that is no "Yes" either.
  await print.click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  expect(await lastReportDay(page)).toBe(BEFORE);

  // A report that ends before today: the question, the notice, the next From and its sentence all name
  // the day after its To, so no day is left out of both reports.
  await page.getByLabel('To', { exact: true }).fill('2026-11-14');
  await print.click();
  await expect(question).toContainText(
    'If it did: This report covers up to 14 Nov, so the next one will start on 15 Nov.',
  );
  await question.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(
    page.getByText('Noted. This report covers up to 14 Nov, so the next one will start on 15 Nov.'),
  ).toBeVisible();
  expect(await lastReportDay(page)).toBe('2026-11-21 / 2026-11-14');
  expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(3);
  // The From day stays as shown, and the sentence says so without contradicting it.
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-11-01');
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report, made on 21 Nov (today), covered up to 14 Nov; this one starts on 1 Nov, so it also covers days that report did.',
  );
  // Opened again the same day, it starts the day after that report's To.
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-11-15');
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report, made on 21 Nov (today), covered up to 14 Nov; this one starts on 15 Nov, the day after.',
  );
  // A From day the person changes is the one the sentence names.
  await page.getByLabel('From', { exact: true }).fill('2026-11-17');
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report, made on 21 Nov (today), covered up to 14 Nov; this one starts on 17 Nov, so 15 Nov to 16 Nov are in neither.',
  );
});
