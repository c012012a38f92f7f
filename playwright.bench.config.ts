import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Benchmarks in Chromium (npm run bench:dashboard): one worker, generous time, never part of npm test. */
export default defineConfig({
  ...base,
  testDir: 'bench',
  testMatch: /.*\.bench\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  timeout: 600_000,
  reporter: [['list']],
});
