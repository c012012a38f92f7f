import { expect, test, type Page } from './fixtures';
import { installFakeDesktop } from './fakeDesktop';
import { JournalPage } from './journalPage';

/**
 * What the desktop tells the journal page (issue 13): reminders its notifications did not deliver, where the
 * journal went when its window closed into the tray, what Settings says about a shortcut under Wayland, and
 * what About says about spelling. The main-process side is unit-tested with fakes in tests/unit/main.
 */

async function sendNotice(page: Page, notice: unknown): Promise<void> {
  await page.evaluate(
    (n) => (window as unknown as { __sendNotice: (n: unknown) => void }).__sendNotice(n),
    notice,
  );
}

test.describe('in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktop(page);
  });

  test('a reminder the system did not deliver is shown inside the page instead', async ({ page }) => {
    await new JournalPage(page).open();
    await page.getByRole('button', { name: 'Settings' }).click();
    await sendNotice(page, {
      kind: 'reminder-not-shown',
      reminder: { kind: 'check-in', title: 'How was today?', body: 'Today’s check-in is still empty.' },
    });
    const toast = page
      .getByRole('status')
      .filter({ hasText: 'How was today? Today’s check-in is still empty.' });
    await expect(toast).toBeVisible();
    await toast.getByRole('button', { name: 'Open check-in' }).click();
    await expect(page.getByRole('button', { name: 'Check-in', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the first time the window closes into the tray, the page says where the journal went', async ({
    page,
  }) => {
    await new JournalPage(page).open();
    await sendNotice(page, { kind: 'kept-in-tray' });
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'The journal kept running in the tray when you closed its window' }),
    ).toContainText('To bring it back, click its tray icon or start the journal again.');
  });

  test('where the tray is usually hidden (GNOME), closing quits unless the person chooses the tray', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { __keepInTrayByDefault: boolean }).__keepInTrayByDefault = false;
    });
    await new JournalPage(page).open();
    const applied = () =>
      page.evaluate(() =>
        (window as unknown as { __desktopCalls: { name: string; args: unknown[] }[] }).__desktopCalls
          .filter((call) => call.name === 'applyDesktopPreferences')
          .map((call) => call.args[0]),
      );
    await expect.poll(applied).toEqual([{ quickLogShortcut: 'CommandOrControl+Alt+P', keepInTray: false }]);
    await page.getByRole('button', { name: 'Settings' }).click();
    const keepInTray = page.getByLabel(/Keep the journal in the tray/);
    await expect(keepInTray).not.toBeChecked();
    await expect(page.getByText(/show tray icons only with an “AppIndicator” extension/)).toBeVisible();
    // The person's own choice is kept and wins over the default.
    await keepInTray.check();
    await expect(page.getByText('Closing the window now keeps the journal in the tray.')).toBeVisible();
    await expect
      .poll(async () => (await applied()).at(-1))
      .toEqual({
        quickLogShortcut: 'CommandOrControl+Alt+P',
        keepInTray: true,
      });
    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel(/Keep the journal in the tray/)).toBeChecked();
  });

  test('Settings does not claim a shortcut works when the desktop may still ask to allow it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { __shortcutMayNeedApproval: boolean }).__shortcutMayNeedApproval = true;
    });
    await new JournalPage(page).open();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Alt+P');
    await expect(page.getByText('Your desktop may ask you once to allow it')).toBeVisible();
    await expect(page.getByText('It is working.')).toHaveCount(0);
  });

  test('About says plainly whether spelling is checked, and where', async ({ page }) => {
    await new JournalPage(page).open();
    await page.getByRole('button', { name: 'About & privacy' }).click();
    // This Chromium runs on Linux, where Chromium's checker would download dictionaries from Google.
    await expect(page.getByTestId('spelling-note')).toHaveText(
      'Spell checking is off. On Windows and Linux it would first download dictionaries from Google, and this journal doesn’t go online.',
    );
  });
});

test('in a browser, About says spelling follows the browser’s own settings', async ({ page }) => {
  await new JournalPage(page).open();
  await page.getByRole('button', { name: 'About & privacy' }).click();
  await expect(page.getByTestId('spelling-note')).toContainText(
    'In a browser, spelling is checked the way your browser’s own settings say',
  );
});
