// Finds a Chromium to test with, and installs Debian's when it can. Never `playwright install`:
// these machines reach only the npm registry and Debian's packages.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

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

/** `zbarimg` (Debian's zbar-tools), which the e2e tests use to read QR codes the app draws. */
export function ensureZbar() {
  const found = () =>
    ['/usr/bin/zbarimg', '/usr/local/bin/zbarimg'].find((path) => existsSync(path));
  if (!found()) aptInstall(['zbar-tools'], 'The QR code tests need zbarimg');
  if (!found()) {
    console.error('zbarimg is still missing after installing zbar-tools.');
    process.exit(1);
  }
}
