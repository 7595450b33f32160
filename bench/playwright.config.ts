import { defineConfig } from '@playwright/test';
import type { ServerKind } from '../e2e/fixtures';
import base from '../playwright.config';

// Benchmarks reuse the e2e browser set-up and helpers but run alone, one at a time, and print
// figures instead of asserting timings (`npm run bench`).
export default defineConfig<object, { serverKind: ServerKind }>({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  projects: [
    {
      name: 'node',
      use: { serverKind: 'node' },
      // The CPU profile of the unlock needs a build with source maps: it runs only when
      // PROFILE_BUILD names one (bench/notes-profile.bench.ts).
      testIgnore: process.env['PROFILE_BUILD'] ? [] : ['notes-profile.bench.ts'],
    },
  ],
});
