/**
 * The `test` and `expect` every browser spec imports instead of @playwright/test's: its page's clock
 * shows the pinned moment (E2E_NOW in E2E_TZ, see tests/fixtures/e2eTime.ts) from before the app loads, and
 * stays there: Date is fixed while timers run as usual, so every message names the same time. A spec that
 * needs another moment sets it with page.clock.setFixedTime(localTime(…)).
 */
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { formatClockTime } from '../../src/shared/dates';
import { E2E_LOCALE, E2E_NOW, E2E_TIME_ZONE } from '../fixtures/e2eTime';

export { expect } from '@playwright/test';
export type { Locator, Page, TestInfo } from '@playwright/test';
export { localTime } from '../fixtures/e2eTime';

/** The pinned moment as the app writes a clock time: "10:30" by default, "03:00" at 3 a.m. (en-GB). */
export const PINNED_CLOCK_TIME = formatClockTime(E2E_NOW, { locale: E2E_LOCALE, timeZone: E2E_TIME_ZONE });

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(E2E_NOW);
    await use(page);
  },
});

/** A second browser profile (an empty journal elsewhere), in the same zone, locale and pinned moment. */
export async function newPinnedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ timezoneId: E2E_TIME_ZONE, locale: E2E_LOCALE });
  await context.clock.setFixedTime(E2E_NOW);
  return context;
}
