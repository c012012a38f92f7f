import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The integration test with a real sync engine (npm run test:sync-engine): two Syncthing instances on
 * 127.0.0.1 (tests/integration/syncthing.ts). Kept out of npm test because it needs Debian's `syncthing`
 * package and starts real processes; CI runs it as its own step and counts reports/sync-engine.json.
 * Built by spreading rather than mergeConfig, which would append this include to the unit suite's.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/integration/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/sync-engine.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One pair at a time: the machine's two CPUs hash files for both instances.
    fileParallelism: false,
  },
});
