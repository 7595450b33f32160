import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Benchmarks reuse the e2e browser set-up and helpers but run alone, one at a time, and print
// figures instead of asserting timings (`npm run bench`).
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
});
