import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, localTime, test, type Page } from './fixtures';
import { checkIn, episode } from '../fixtures/builders';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';
import { pagesWith, pdfInfo, pdfLines, pdfText, printReport } from './reportPdf';

// Today is Saturday 21 November 2026; the default report covers the 30 days 23 October - 21 November.
// Worked by hand (November in London is GMT, so these times are local):
//   rated days: 30 Oct (7), 10 Nov (5), 18 Nov (4), 19 Nov (check-in 2), 20 Nov (6 and 8: average 7)
//   → average of daily averages (7 + 5 + 4 + 2 + 7) / 5 = 5, worst 8, least 2, 5 episodes in range
//   (10 October is outside). Arms: 1 of 5 episodes (20%) has the left arm.
const EPISODES = [
  episode('2026-11-20T09:00:00.000Z', 6, {
    endedAt: '2026-11-20T10:00:00.000Z',
    regions: ['neck', 'arm-left'],
    qualities: ['dull-ache'],
    remedies: [
      {
        id: '7f7f7f7f-0000-4000-8000-000000000011',
        kind: 'heat',
        medicationName: null,
        dose: null,
        painBefore: 6,
        painAfter: 3,
        minutesAfter: 60,
      },
    ],
  }),
  episode('2026-11-20T15:00:00.000Z', 8, {
    regions: ['between-shoulder-blades'],
    redFlags: ['night-rest-pain'],
  }),
  episode('2026-11-18T09:00:00.000Z', 4, { regions: ['neck'], endedAt: '2026-11-18T09:30:00.000Z' }),
  episode('2026-11-10T09:00:00.000Z', 5),
  episode('2026-10-30T09:00:00.000Z', 7),
  episode('2026-10-10T09:00:00.000Z', 9),
];
const CHECK_INS = [checkIn('2026-11-19', { overallPain: 2, stress: 3, sleepHours: 7 })];

async function openReport(page: Page, episodes = EPISODES, checkIns = CHECK_INS) {
  await page.clock.setFixedTime(localTime('2026-11-21T10:00'));
  const journal = new JournalPage(page);
  await journal.open();
  await journal.seed(episodes, checkIns);
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByTestId('report-document')).toBeVisible();
}

test('the report shows the hand-worked numbers, keeps what was typed, and prints to a PDF a clinician can read', async ({
  page,
}, testInfo) => {
  await openReport(page);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-10-23');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-11-21');
  await page.getByLabel('Your name', { exact: true }).fill('Sam Taylor');
  await page.getByLabel('Physiotherapist or clinician', { exact: true }).fill('Alex Reed');
  await page.getByLabel('Your goals', { exact: true }).fill('Sit through a working day.');
  await page
    .getByLabel('Questions for the visit', { exact: true })
    .fill('Is heat or cold better after rowing?');

  const preview = page.getByTestId('report-document');
  await expect(preview).toContainText('Sam Taylor');
  await expect(preview).toContainText('23 October to 21 November 2026 (30 days)');
  const pain = preview.locator('[data-section="pain"]');
  await expect(pain.locator('dd').nth(1)).toHaveText('5'); // average
  await expect(pain.locator('dd').nth(2)).toHaveText('8'); // worst
  await expect(pain.locator('dd').nth(3)).toHaveText('2'); // least
  await expect(preview.locator('[data-section="where"]')).toContainText('1 of 5 episodes (20%)');
  await expect(preview.locator('[data-section="redFlags"]')).toContainText(
    '20 November 2026: Night pain, or pain not eased by rest',
  );

  const path = await printReport(page, testInfo);
  const info = pdfInfo(path);
  expect(info.pageSize).toMatch(/ pts \(A4\)$/); // en-GB: A4 (210 × 297 mm)
  expect(info.pages).toBeGreaterThanOrEqual(2); // page one, then the details

  const text = pdfText(path);
  expect(text).toContain('Self-reported by the patient, not a diagnosis.');
  for (const heading of [
    'Warning signs recorded',
    'Pain (0-10 numeric rating scale)',
    'Function',
    'Pattern of episodes',
    'What goes with worse or better days',
    'What was tried, and the relief after it',
    'Context',
    'Goals and questions for the visit',
    'Appendix: the full log for this period',
  ]) {
    expect(text, heading).toContain(heading);
  }
  expect(text).toContain('Is heat or cold better after rowing?');

  // Page one is the summary a clinician reads in a minute: who, when, warning signs, pain numbers.
  const first = pdfText(path, { first: 1, last: 1 });
  expect(first).toContain('Sam Taylor');
  expect(first).toContain('Alex Reed');
  expect(first).toContain('Warning signs recorded');
  expect(first).toMatch(/Average\s+Worst\s+Least/);
  expect(first).toContain('Pain by day');
  expect(first).not.toContain('Appendix');

  // Every page: the running header, and "Page n of N".
  const lines = pdfLines(path);
  expect(lines).toHaveLength(info.pages);
  lines.forEach((pageLines, index) => {
    expect(pageLines.join('\n')).toContain('Pain journal report for Sam Taylor');
    expect(pageLines.join('\n')).toContain(`Page ${index + 1} of ${info.pages}`);
  });

  // No chart is cut at a page edge: each chart's top line and bottom line are on the same page.
  expect(pagesWith(lines, 'Pain by day')).toEqual(pagesWith(lines, 'Pain 0-10, by day'));
  expect(pagesWith(lines, 'Where it hurt')).toEqual(pagesWith(lines, 'Seen from behind;'));
  expect(pagesWith(lines, 'Where it hurt')).toEqual([1]);

  // Rendered as pictures, every page has the paper's shape (A4 is 1 : 1.414).
  const prefix = testInfo.outputPath('page');
  execFileSync('pdftoppm', ['-png', '-r', '30', path, prefix]);
  for (let n = 1; n <= info.pages; n += 1) {
    const png = readFileSync(`${prefix}-${n}.png`);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(height / width).toBeCloseTo(1.414, 1);
  }

  // What was typed is kept for next time.
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByLabel('Your name', { exact: true })).toHaveValue('Sam Taylor');
  await expect(page.getByLabel('Questions for the visit', { exact: true })).toHaveValue(
    'Is heat or cold better after rowing?',
  );
});

test('a long log splits into pages between rows, never through one', async ({ page }, testInfo) => {
  // 80 episodes over 40 days, each with a note long enough to wrap over several lines.
  const many = Array.from({ length: 80 }, (_, n) =>
    episode(new Date(Date.parse('2026-10-12T08:00:00Z') + n * 12 * 3_600_000).toISOString(), 1 + (n % 9), {
      regions: ['neck'],
      // One-word markers, so a line break inside the notes cannot split them.
      notes: `Startrow${n}. ${'Sitting at the desk most of the afternoon, then a long walk home. '.repeat(3)}Endrow${n}.`,
    }),
  );
  await openReport(page, many, []);
  await page.getByLabel('Your name', { exact: true }).fill('Sam Taylor');
  const path = await printReport(page, testInfo);
  const lines = pdfLines(path);
  expect(lines.length).toBeGreaterThan(3);
  for (let n = 0; n < 80; n += 1) {
    const start = pagesWith(lines, `Startrow${n}.`);
    if (start.length === 0) continue; // before the 30 days the report covers
    expect(pagesWith(lines, `Endrow${n}.`), `row ${n}`).toEqual(start);
  }
});

test('a day range that cannot be used says why, keeps what was typed and the last good preview', async ({
  page,
}) => {
  await openReport(page);
  await page.getByLabel('From', { exact: true }).fill('2026-11-25');
  await expect(page.getByRole('alert')).toHaveText('The first day is after the last day. Swap them round.');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-11-25');
  await expect(page.getByTestId('report-document')).toContainText('23 October to 21 November 2026');
  await expect(page.getByRole('button', { name: 'Print or save as PDF…' })).toBeDisabled();
  await page.getByLabel('From', { exact: true }).fill('2026-11-15');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('report-document')).toContainText('15 to 21 November 2026 (7 days)');
});

test('the desktop app saves the PDF through the desktop API, and the next report starts after it', async ({
  page,
}) => {
  await installFakeDesktop(page);
  await openReport(page);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(
    page.getByText(
      'Report saved to /fake/Documents/Pain report 2026-10-23 to 2026-11-21.pdf. This report covers up to today, so the next one will start tomorrow (one made later today shows the last 30 days).',
    ),
  ).toBeVisible();
  const calls = await page.evaluate(
    () => (window as unknown as { __reportPdfCalls: string[] }).__reportPdfCalls,
  );
  expect(calls).toEqual(['Pain report 2026-10-23 to 2026-11-21.pdf']);
  // A report covering up to today: the next one would start tomorrow, which is after today, so it offers
  // 30 days, and the sentence says why, naming the day the From field shows.
  await page.getByRole('button', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-10-23');
  await expect(page.getByTestId('report-days-hint')).toHaveText(
    'Your last report covered up to 21 Nov (today); nothing since is new yet, so this one shows the last 30 days, from 23 Oct.',
  );
});
