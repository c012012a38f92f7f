import { PINNED_CLOCK_TIME, expect, test, type Page } from './fixtures';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';

/**
 * The desk extras as the renderer sees them: the quick-log page that the desktop's small always-on-top
 * window loads (index.html#quick-log), the commands the menu, tray and reminder clicks send, the shortcut
 * and reminder settings. The window, tray, menu and notifications themselves are main-process code,
 * unit-tested with fakes in tests/unit/main (the Electron binary cannot run here).
 */

type Call = { name: string; args: unknown[] };

async function desktopCalls(page: Page, name: string): Promise<Call[]> {
  return page.evaluate(
    (wanted) =>
      (window as unknown as { __desktopCalls: Call[] }).__desktopCalls.filter((call) => call.name === wanted),
    name,
  );
}

async function sendCommand(page: Page, command: string): Promise<void> {
  await page.evaluate(
    (c) => (window as unknown as { __sendCommand: (c: string) => void }).__sendCommand(c),
    command,
  );
}

/** In the quick-log window: a pain rating and one warning sign, saved with Ctrl+Enter. */
async function saveInQuickLogWindow(page: Page, pain: string, warningSign: string): Promise<void> {
  await page.goto('/#quick-log');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
  await page.keyboard.press(pain);
  await page.getByText('Where, what kind, what was going on').click();
  await page.getByRole('dialog').getByRole('button', { name: warningSign, exact: true }).click();
  await page.keyboard.press('Control+Enter');
}

/**
 * In Settings: no quiet hours and the check-in reminder due from 00:00, so it is due at the pinned morning.
 * (At night the first change alone would make it due, and the second's "saved" notice would replace the
 * in-page reminder: the browser tests below check the reminder's path, so they keep the default moment;
 * tests/unit/shared/reminders checks the hours.)
 */
async function makeCheckInReminderDue(page: Page): Promise<void> {
  await page.getByLabel('Quiet hours: no reminders at all').uncheck();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await page.getByLabel('Check-in reminder from').selectOption('0');
}

test.describe('in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktop(page);
  });

  test(
    'the quick-log window logs an episode with two actions, confirms, and closes',
    { tag: '@time' },
    async ({ page }) => {
      await page.goto('/#quick-log');
      await expect(page).toHaveTitle('Log pain — Upper Back Journal');
      await expect(page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toHaveCount(0);
      await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();

      // The two actions: a pain level, then Ctrl+Enter.
      await page.keyboard.press('7');
      await page.keyboard.press('Control+Enter');
      await expect(
        page.getByRole('status').filter({ hasText: `Saved: pain 7 at ${PINNED_CLOCK_TIME}.` }),
      ).toBeVisible();
      await expect.poll(async () => (await desktopCalls(page, 'closeQuickLogWindow')).length).toBe(1);

      // Escape on the confirmation closes it at once too.
      await page.reload();
      await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
      await page.keyboard.press('2');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('status').filter({ hasText: /^Saved: pain 2/ })).toBeVisible();
      const closesBefore = (await desktopCalls(page, 'closeQuickLogWindow')).length;
      await page.keyboard.press('Escape');
      expect((await desktopCalls(page, 'closeQuickLogWindow')).length).toBe(closesBefore + 1);

      // The main window's journal shows them (same database).
      const journal = new JournalPage(page);
      await journal.open();
      await expect(journal.episodes).toHaveCount(2);
      await expect(journal.episode('pain 7 of 10')).toHaveCount(1);
    },
  );

  test('Escape closes the quick-log window without saving; with something entered it asks first', async ({
    page,
  }) => {
    await page.goto('/#quick-log');
    await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await desktopCalls(page, 'closeQuickLogWindow')).length).toBe(1);

    await page.reload();
    await expect(page.getByRole('dialog').getByRole('heading', { name: 'Log pain' })).toBeVisible();
    await page.keyboard.press('4');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toContainText('Close without saving?');
    expect(await desktopCalls(page, 'closeQuickLogWindow')).toHaveLength(0);
  });

  test('warning signs keep the quick-log window open with advice until read', async ({ page }) => {
    await saveInQuickLogWindow(page, '8', 'Night pain, or pain not eased by rest or changing position');
    await expect(page.getByRole('status').filter({ hasText: /^Saved: pain 8/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
    await page.waitForTimeout(2000);
    expect(await desktopCalls(page, 'closeQuickLogWindow')).toHaveLength(0);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(async () => (await desktopCalls(page, 'closeQuickLogWindow')).length).toBe(1);
  });

  test('an urgent sign in the quick-log window gets the urgent alert, as in the journal', async ({
    page,
  }) => {
    await saveInQuickLogWindow(page, '5', 'Difficulty breathing');
    const alert = page.getByRole('alertdialog', { name: 'Get help now' });
    await expect(alert).toContainText('Call your local emergency number');
    await expect(alert).toContainText('Difficulty breathing · Get help now');
    await expect(page.getByText('worth getting checked', { exact: false })).toHaveCount(0);
    await alert.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(async () => (await desktopCalls(page, 'closeQuickLogWindow')).length).toBe(1);
  });

  test('menu, tray and reminder commands open the right screen or form', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();

    await sendCommand(page, 'check-in');
    await expect(page.getByRole('heading', { name: /check-in/i, level: 2 })).toBeVisible();
    await sendCommand(page, 'help');
    await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeVisible();
    await sendCommand(page, 'measures');
    await expect(page.getByRole('button', { name: 'Measures' })).toHaveAttribute('aria-current', 'page');
    await sendCommand(page, 'export-report');
    await expect(page.getByRole('button', { name: 'Report' })).toHaveAttribute('aria-current', 'page');

    await sendCommand(page, 'new-episode');
    await expect(journal.dialog).toBeVisible();
    await expect(journal.dialog.getByLabel('Started', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(journal.dialog).toHaveCount(0);

    await sendCommand(page, 'quick-log');
    await expect(journal.dialog.getByRole('heading', { name: 'Log pain' })).toBeVisible();
    await page.keyboard.press('Escape');

    await sendCommand(page, 'save-backup');
    await expect(page.getByText('Backup saved to /home/test/Documents/backup.json.')).toBeVisible();
    expect((await desktopCalls(page, 'saveFile')).map((c) => String(c.args[0]))).toEqual([
      expect.stringMatching(/^upper-back-journal-backup-\d{4}-\d\d-\d\d\.json$/),
    ]);

    await sendCommand(page, 'restore-backup');
    await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
    await expect(page.getByLabel('Restore from a backup file…')).toBeFocused();

    await sendCommand(page, 'journal');
    await expect(page.getByRole('button', { name: 'Journal', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('a command sent before the journal has opened is not lost', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __sendCommand: (c: string) => void }).__sendCommand('help');
    });
    await new JournalPage(page).open();
    await expect(page.getByRole('heading', { name: 'Help', level: 2 })).toBeVisible();
  });

  test('the quick-log shortcut is applied at start, changed by pressing it, and a refusal is explained', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await expect
      .poll(async () => (await desktopCalls(page, 'applyDesktopPreferences')).map((c) => c.args[0]))
      .toEqual([{ quickLogShortcut: 'CommandOrControl+Alt+P', keepInTray: true }]);

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Alt+P');
    await expect(page.getByText('It is working.')).toBeVisible();

    await page.getByRole('button', { name: 'Change shortcut…' }).click();
    const field = page.getByLabel('New shortcut: hold the keys together');
    await expect(field).toBeFocused();

    // A bare letter would swallow ordinary typing.
    await page.keyboard.press('k');
    await expect(field).toHaveValue('K');
    await page.getByRole('button', { name: 'Use this shortcut' }).click();
    await expect(page.getByRole('alert')).toContainText('Add Ctrl, Alt or Cmd');

    // The system refuses Ctrl+Alt+K (another app has it): said plainly, keys kept, nothing saved.
    await field.focus();
    await page.keyboard.press('Control+Alt+K');
    await expect(field).toHaveValue('Ctrl+Alt+K');
    await page.getByRole('button', { name: 'Use this shortcut' }).click();
    await expect(page.getByRole('alert')).toContainText('another app may already be using it');
    await expect(field).toHaveValue('Ctrl+Alt+K');
    // The old shortcut is still in force, and Settings says so.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Alt+P');
    await expect(page.getByText('It is working.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('button', { name: 'Change shortcut…' }).click();
    await field.focus();
    await page.keyboard.press('Control+Alt+J');
    await page.getByRole('button', { name: 'Use this shortcut' }).click();
    await expect(page.getByText('Shortcut saved: Ctrl+Alt+J.')).toBeVisible();
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Alt+J');

    // Going back to the default can be refused too, and is said just as plainly.
    await page.evaluate(() => {
      (window as unknown as { __refusedShortcuts: string[] }).__refusedShortcuts = ['CommandOrControl+Alt+P'];
    });
    await page.getByRole('button', { name: 'Use Ctrl+Alt+P' }).click();
    await expect(page.getByRole('alert')).toContainText('another app may already be using it');
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Alt+J');

    // Kept in the journal and handed to the desktop again at the next start.
    await page.reload();
    await expect
      .poll(async () => (await desktopCalls(page, 'applyDesktopPreferences')).map((c) => c.args[0]))
      .toEqual([{ quickLogShortcut: 'CommandOrControl+Alt+J', keepInTray: true }]);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel(/Keep the journal in the tray/).uncheck();
    await expect(page.getByText('Closing the window now quits the journal.')).toBeVisible();
    await expect
      .poll(async () => (await desktopCalls(page, 'applyDesktopPreferences')).at(-1)?.args[0])
      .toEqual({ quickLogShortcut: 'CommandOrControl+Alt+J', keepInTray: false });
  });

  test('a due check-in reminder becomes a desktop notification, once', { tag: '@time' }, async ({ page }) => {
    await new JournalPage(page).open();
    await page.getByRole('button', { name: 'Settings' }).click();
    await makeCheckInReminderDue(page);

    await expect
      .poll(async () => (await desktopCalls(page, 'showReminder')).map((c) => c.args[0]))
      .toEqual([
        {
          kind: 'check-in',
          title: 'How was today?',
          body: 'Today’s check-in is still empty. It takes about a minute, pain or no pain.',
        },
      ]);
    // A reload re-runs the schedule; it was already shown today.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await desktopCalls(page, 'showReminder')).toHaveLength(0);
  });
});

test('in a browser, a due reminder appears inside the journal and opens its form', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  // The global shortcut and tray settings belong to the desktop app only.
  await expect(page.getByRole('heading', { name: 'Logging from any app' })).toHaveCount(0);
  await makeCheckInReminderDue(page);
  const toast = page.locator('.toast').filter({ hasText: 'How was today?' });
  await expect(toast).toContainText(
    'How was today? Today’s check-in is still empty. It takes about a minute, pain or no pain.',
  );
  await toast.getByRole('button', { name: 'Open check-in' }).click();
  await expect(page.getByRole('heading', { name: /check-in/i, level: 2 })).toBeVisible();
});

test('in a browser, the Journal screen’s own notice stands in for the reminder (no second copy)', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await makeCheckInReminderDue(page);
  await expect(page.locator('.toast').filter({ hasText: 'How was today?' })).toBeVisible();

  // Forget that it was shown, and start again on the Journal screen: the reminder is due again at once.
  await page.evaluate(() => localStorage.removeItem('upper-back-journal.reminders.last-shown'));
  await page.reload();
  await expect(page.getByTestId('check-in-prompt')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('upper-back-journal.reminders.last-shown') ?? ''))
    .toContain('check-in');
  await expect(page.locator('.toast').filter({ hasText: 'How was today?' })).toHaveCount(0);
});
