import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The long validation of the insights method on real-shaped journals (npm run validate:insights): run on
 * demand, never as part of npm test. Shards run in parallel workers; globalSetup writes the table. Built
 * by spreading rather than mergeConfig, which would append this include to the unit suite's.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/validate/**/*.validate.ts'],
    globalSetup: ['tests/validate/globalSetup.ts'],
    reporters: ['default'],
    testTimeout: 1_800_000,
  },
});
