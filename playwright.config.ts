import { defineConfig } from '@playwright/test';
import type { ServerKind } from './e2e/fixtures';
import { CHROMIUM_ARGS, findE2eBrowser } from './scripts/chromium.mjs';

// Report the service worker's own requests too, so the privacy test sees every request.
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';

/**
 * The core subset that must hold on every host: the offline walk with the server stopped (every
 * screen in English, opened cold at home and reached in the app; and switching to Arabic, right
 * to left, offline), the CSP and headers
 * on every response, the 404 and cache rules, precompressed files, and an update from v1 to v2.
 * The longer walks (every language, the privacy walk) stay with project `node`: they test the
 * app, not the host.
 */
const CORE = {
  testMatch: ['offline.spec.ts', 'privacy.spec.ts', 'deploy.spec.ts', 'update.spec.ts'],
  grepInvert:
    /opens in (?!en with)[^(]+ with the server stopped|a whole walk of the app|first visit alone/,
};

/** A project that runs the core subset against a real web server with the deploy/ config. */
function host(kind: ServerKind, extra: string[] = []) {
  return {
    name: kind,
    testMatch: [...CORE.testMatch, ...extra],
    grepInvert: CORE.grepInvert,
    use: { serverKind: kind },
  };
}

/**
 * End-to-end tests drive Debian's Chromium, in its headless shell (scripts/chromium.mjs), against
 * the production build. Project `node` runs every spec against server/serve.mjs, exactly as
 * `npm start` serves it; projects `nginx` and `caddy` run the core subset against those servers
 * with deploy/'s configuration (server/start-host.mjs; scripts/test.mjs installs them). A test can
 * stop its server to prove the app works with no network at all; in project `node` the server is
 * one per worker and comes back for the next test (e2e/fixtures.ts).
 */
export default defineConfig<object, { serverKind: ServerKind }>({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
    serviceWorkers: 'allow',
    // Recording a trace for every test costs about a sixth of the run; `--trace on` when debugging.
    trace: 'off',
    launchOptions: { executablePath: findE2eBrowser(), args: CHROMIUM_ARGS },
  },
  // Projects start in this order. The hosts' few long tests (the upgrades, the updates) go first,
  // while node's many short ones are left to fill both workers to the end: listed last, the
  // upgrades ran alone at the end of the run.
  projects: [
    // The upgrade from the last release runs once, on nginx, the way a charity would deploy it.
    host('nginx', ['upgrade.spec.ts']),
    // Caddy: the same minus the offline walk, which tests the worker more than the host, to keep
    // `npm test` within its time.
    { ...host('caddy'), testMatch: ['privacy.spec.ts', 'deploy.spec.ts', 'update.spec.ts'] },
    { name: 'node', testIgnore: ['upgrade.spec.ts'], use: { serverKind: 'node' } },
  ],
});
