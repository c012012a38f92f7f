import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/** Benchmarks: run on demand (npm run bench:backup), never as part of npm test. */
export default mergeConfig(
  base,
  defineConfig({ test: { include: ['bench/**/*.bench.ts'], reporters: ['default'], testTimeout: 600_000 } }),
);
