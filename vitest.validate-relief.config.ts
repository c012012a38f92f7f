import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The long validation of relief beyond natural easing (npm run validate:relief): run on demand, never
 * as part of npm test. Spread rather than mergeConfig, which would append this include to the unit suite's.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/validate/relief.run.ts'],
    reporters: ['default'],
    testTimeout: 1_800_000,
  },
});
