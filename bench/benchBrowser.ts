/**
 * A fresh Chromium profile for a benchmark: Debian's Chromium (never a downloaded one), the journal's
 * zone, a fixed window, and background work that would add noise (networking, updates, sync) turned off.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export async function launchBenchProfile(
  baseURL: string | undefined,
  { prefix, extraArgs = [] }: { prefix: string; extraArgs?: readonly string[] },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), prefix)), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--no-sandbox',
      ...extraArgs,
    ],
    baseURL,
    timezoneId: 'Europe/London',
    viewport: { width: 1200, height: 900 },
  });
}
