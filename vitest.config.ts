import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { SEEDS_TAG, SeedsNotice } from './tests/fixtures/seedsNotice';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer/src'),
    },
  },
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test'), __BUILD_ID__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A zone with daylight saving, so tests that read local time meet the awkward days; UNIT_TZ runs them
    // in another zone (scripts/test-times.mjs).
    env: { TZ: process.env.UNIT_TZ || 'Europe/London' },
    tags: [{ name: SEEDS_TAG, description: 'reads the source documents in ../shared/seeds' }],
    // CI counts the JSON report; the time matrix (scripts/test-times.mjs) names its own per zone, so it never
    // overwrites the main run's reports/unit.json.
    reporters:
      process.env.CI || process.env.UNIT_JSON_REPORT
        ? [
            'default',
            ['json', { outputFile: process.env.UNIT_JSON_REPORT ?? 'reports/unit.json' }],
            new SeedsNotice(),
          ]
        : ['default', new SeedsNotice()],
  },
});
