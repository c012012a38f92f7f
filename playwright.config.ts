import { defineConfig } from '@playwright/test';
import { E2E_LOCALE, E2E_TIME_ZONE } from './tests/fixtures/e2eTime';

const port = Number(process.env.E2E_PORT ?? 5198);

// Debian's Chromium, never a downloaded browser (this machine has no internet).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // E2E_TZ lets scripts/test-times.mjs run the specs in other zones; the clock is pinned in tests/e2e/fixtures.ts.
    timezoneId: E2E_TIME_ZONE,
    locale: E2E_LOCALE,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-gpu',
        '--no-sandbox',
      ],
    },
  },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
