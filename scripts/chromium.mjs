// Finds a Chromium to test with, and installs Debian's when it can. Never `playwright install`:
// these machines reach only the npm registry and Debian's packages.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findCaddy, findNginx, nginxHasBrotli } from '../server/start-host.mjs';

/** Flags for headless Chromium here: root needs --no-sandbox; the closed network wants quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function playwrightCacheChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith('chromium-'))
    .sort()
    .reverse()) {
    for (const sub of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
      const candidate = join(cache, dir, sub);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** CHROME_BIN, then Debian's /usr/bin/chromium, then a Playwright cache; undefined if none. */
export function findChromium() {
  const candidates = [process.env.CHROME_BIN, '/usr/bin/chromium', playwrightCacheChromium()];
  return candidates.find((path) => path && existsSync(path));
}

/**
 * Debian's `chromium-headless-shell`: the same Blink and V8 as Chromium, without the desktop
 * browser around them, and what Playwright itself runs for headless tests. The e2e suite is bound
 * by CPU on 2 cores, and the full browser's own process took about 40% of it: with the shell the
 * suite took 317 s instead of about 375 s, and its faster first frames showed a layout shift the
 * full browser hid (src/app/app.config.ts). Tests of the browser itself (installability) and the
 * benchmarks keep the full Chromium that people run.
 */
export function findHeadlessShell() {
  const candidates = [
    process.env.CHROMIUM_HEADLESS_SHELL,
    '/usr/lib/chromium/chromium-headless-shell',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** The browser the e2e tests drive: the headless shell, or Chromium where it is missing. */
export function findE2eBrowser() {
  return findHeadlessShell() ?? findChromium();
}

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Installs Debian packages when running as root on Debian; otherwise stops with what to install.
 * @param {string[]} packages Debian package names
 * @param {string} why what the packages are for, for the message
 */
export function aptInstall(packages, why) {
  if (!isRoot() || !isDebian()) {
    console.error(
      `\n${why}: please install the Debian packages ${packages.join(' ')} ` +
        `(sudo apt-get install ${packages.join(' ')})` +
        (packages.includes('chromium') ? ', or set CHROME_BIN to a Chromium binary.\n' : '.\n'),
    );
    process.exit(1);
  }
  console.log(`${why}: installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** The Chromium to test with, installing Debian's `chromium` if there is none. */
export function ensureChromium() {
  let chromium = findChromium();
  if (!chromium) {
    aptInstall(['chromium'], 'No Chromium found for the tests');
    chromium = findChromium();
  }
  if (!chromium) {
    console.error('Chromium is still missing after installing it; set CHROME_BIN.');
    process.exit(1);
  }
  return chromium;
}

/**
 * What the e2e tests need besides Chromium, installed in one apt-get run when missing:
 * - Chromium's headless shell, which drives most of them (findHeadlessShell);
 * - `zbarimg` (zbar-tools), to read the QR codes the app draws;
 * - `nginx` with ngx_brotli's static module, and `caddy`: the e2e projects of the same names serve
 *   the build with the configurations in deploy/ (server/start-host.mjs).
 */
export function ensureE2eTools() {
  const tools = [
    {
      pkg: 'zbar-tools',
      why: 'zbarimg reads QR codes',
      found: () => ['/usr/bin/zbarimg', '/usr/local/bin/zbarimg'].some((p) => existsSync(p)),
    },
    { pkg: 'nginx', why: 'the nginx tests', found: () => !!findNginx() },
    {
      pkg: 'libnginx-mod-http-brotli-static',
      why: 'nginx sends the .br files',
      found: () => nginxHasBrotli(),
    },
    { pkg: 'caddy', why: 'the Caddy tests', found: () => !!findCaddy() },
    {
      pkg: 'chromium-headless-shell',
      why: 'a lighter browser for the e2e tests',
      found: () => !!findHeadlessShell(),
    },
  ];
  const missing = tools.filter((tool) => !tool.found());
  if (missing.length === 0) return;
  aptInstall(
    missing.map((tool) => tool.pkg),
    `The e2e tests need ${missing.map((tool) => tool.why).join(', ')}`,
  );
  const still = tools.filter((tool) => !tool.found());
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.map((tool) => tool.pkg).join(' ')}.`);
    process.exit(1);
  }
}
