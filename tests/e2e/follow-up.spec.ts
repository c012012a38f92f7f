/**
 * "How is it now?" after an episode, with the clock pinned: logged with the quick log at 10:30, the
 * follow-up appears an hour later (the default), one key answers it, the episode ends when it has
 * stopped and the remedy tried gets its after-rating. Quiet hours hold it back, a snooze brings it back
 * later, and a missed one is answered for a time the person chooses. The clock moves by reloading the
 * page at a new pinned time (the fixture keeps Date fixed).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, localTime, test, type Page } from './fixtures';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';

type Call = { name: string; args: unknown[] };

// Each test reloads the app several times at new pinned moments.
test.describe.configure({ timeout: 60_000 });

async function at(page: Page, wallTime: string, path = '/'): Promise<void> {
  await page.clock.setFixedTime(localTime(wallTime));
  // Away first, so a change of hash alone (/#quick-log) loads the app afresh too.
  await page.goto('about:blank');
  await page.goto(path);
}

const followUp = (page: Page) => page.getByTestId('follow-up');

/** axe's WCAG 2 A and AA rules over the follow-up only. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="follow-up"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

/** Logs pain with the quick log at the pinned time, ticking what was tried. */
async function quickLog(journal: JournalPage, level: string, tried: string[] = []): Promise<void> {
  await journal.openQuickLog();
  await journal.page.keyboard.press(level);
  if (tried.length > 0) {
    await journal.dialog.getByText('Where, what kind, what was going on, what you tried').click();
    for (const name of tried) await journal.toggle(name);
  }
  await journal.save();
  await expect(journal.dialog).toHaveCount(0);
}

test('the follow-up comes after the chosen time, one key answers it, and it ends the episode and rates the remedy', async ({
  page,
}) => {
  await installFakeDesktop(page);
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T10:30');
  await quickLog(journal, '6', ['Heat']);

  await at(page, '2026-11-25T11:29');
  await expect(journal.episodes).toHaveCount(1);
  await expect(followUp(page)).toHaveCount(0);

  await at(page, '2026-11-25T11:30');
  await expect(followUp(page).getByRole('heading', { name: 'How is your back now?' })).toBeVisible();
  await expect(followUp(page)).toContainText('Your pain from 10:30 was 6/10, and you tried heat.');
  await expectAccessible(page);
  // Shown once as a desktop notification too.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __desktopCalls: Call[] }).__desktopCalls.filter(
            (call) => call.name === 'showReminder',
          ).length,
      ),
    )
    .toBe(1);

  // One key: S, it has stopped.
  await followUp(page).focus();
  await page.keyboard.press('s');
  await expect(followUp(page)).toHaveCount(0);
  await expect(
    page.getByText('Noted that it had stopped by 11:30; the episode now ends then.'),
  ).toBeVisible();

  // The episode ended at 11:30, and heat was rated 6 before and 0 an hour after.
  const stored = await page.evaluate(
    () =>
      new Promise<{ endedAt: string | null; remedies: unknown[] }>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['episodes', 'remediesTried']);
          const episodes = tx.objectStore('episodes').getAll();
          const remedies = tx.objectStore('remediesTried').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ endedAt: episodes.result[0].endedAt, remedies: remedies.result });
          };
        };
      }),
  );
  expect(stored.endedAt).toBe(localTime('2026-11-25T11:30').toISOString());
  expect(stored.remedies).toEqual([
    expect.objectContaining({ kind: 'heat', painBefore: 6, painAfter: 0, minutesAfter: 60 }),
  ]);

  // Answered once: it does not come back.
  await at(page, '2026-11-25T12:00');
  await expect(journal.episodes).toHaveCount(1);
  await expect(followUp(page)).toHaveCount(0);
});

test('a number key answers with that pain; "1" then "0" is ten', async ({ page }) => {
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T10:30');
  await quickLog(journal, '8');
  await at(page, '2026-11-25T11:30');
  await followUp(page).focus();
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(page.getByText('Thanks. Noted 10/10 at 11:30.')).toBeVisible();
  await expect(followUp(page)).toHaveCount(0);
});

test('quiet hours hold the follow-up back; afterwards it is answered for the time it was due', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T21:30');
  await quickLog(journal, '5');

  // Due 22:30, inside the default quiet hours (22:00 to 07:00).
  await at(page, '2026-11-25T22:30');
  await expect(journal.episodes).toHaveCount(1);
  await expect(followUp(page)).toHaveCount(0);

  await at(page, '2026-11-26T07:05');
  await expect(
    followUp(page).getByRole('heading', { name: 'How did your pain from 21:30 go?' }),
  ).toBeVisible();
  const time = followUp(page).getByLabel('About what time?');
  await expect(time).toHaveValue('2026-11-25T22:30');
  await expectAccessible(page);
  await time.fill('2026-11-25T23:15');
  await followUp(page).getByRole('button', { name: '2 out of 10' }).click();
  await expect(page.getByText('Thanks. Noted 2/10 at 23:15.')).toBeVisible();
});

test('a snoozed follow-up comes back after 15 minutes; a dismissed one never does', async ({ page }) => {
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T09:00');
  await quickLog(journal, '4');
  await at(page, '2026-11-25T09:10');
  await quickLog(journal, '7');

  await at(page, '2026-11-25T10:10');
  await expect(followUp(page)).toContainText('Your pain from 09:10 was 7/10.');
  await expect(page.getByText('One more follow-up is waiting after this one.')).toBeVisible();
  await followUp(page).getByRole('button', { name: 'Ask me in 15 minutes' }).click();
  // The other one (09:00, now missed) takes its place.
  await expect(followUp(page)).toContainText('Your pain from 09:00 was 4/10.');
  await followUp(page).getByRole('button', { name: 'Don’t ask about this one' }).click();
  await expect(followUp(page)).toHaveCount(0);

  await at(page, '2026-11-25T10:24');
  await expect(journal.episodes).toHaveCount(2);
  await expect(followUp(page)).toHaveCount(0);
  await at(page, '2026-11-25T10:25');
  await expect(followUp(page)).toContainText('Your pain from 09:10 was 7/10.');
  await expect(page.getByText('One more follow-up is waiting')).toHaveCount(0);
});

test('the quick-log window asks the follow-up first when one is due, and one key answers it', async ({
  page,
}) => {
  await installFakeDesktop(page);
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T10:30');
  await quickLog(journal, '6', ['Heat']);

  await at(page, '2026-11-25T11:30', '/#quick-log');
  await expect(followUp(page).getByRole('heading', { name: 'How is your back now?' })).toBeVisible();
  await expect(followUp(page)).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toHaveText(
    'Thanks. Noted 3/10 at 11:30. That is also the after-rating of what you tried.',
  );

  // Next time the window opens, nothing is due: the quick log as usual.
  await at(page, '2026-11-25T11:31', '/#quick-log');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
  await expect(followUp(page)).toHaveCount(0);
});

test('Settings choose when to ask, or not at all', async ({ page }) => {
  const journal = new JournalPage(page);
  await at(page, '2026-11-25T10:30');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Ask after').selectOption({ label: '30 minutes' });
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await journal.open();
  await quickLog(journal, '5');

  await at(page, '2026-11-25T11:00');
  await expect(followUp(page)).toContainText('Your pain from 10:30 was 5/10.');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('After I log pain, ask me a while later how it is').uncheck();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await expect(followUp(page)).toHaveCount(0);
});
