import { LANGUAGE_CODES, PAGES, headingText } from './app-pages';
import { expect, test } from './fixtures';
import { mainNavLink, openInApp } from './helpers/in-app';
import { waitUntilOfflineReady } from './helpers/service-worker';
import { pickLanguage } from './helpers/language-picker';

test('a whole walk of the app sends every request to our own origin only', async ({
  page,
  context,
  server,
}) => {
  const requests: { url: string; fromWorker: boolean }[] = [];
  context.on('request', (request) =>
    requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }),
  );

  test.setTimeout(90_000);
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  // Every screen in a left-to-right and a right-to-left language; every other language's home.
  // The screens and languages are reached the way the app's links reach them (a link's ?lang=
  // switches language), so each loads what it needs; the cold loads are the one above and below.
  for (const code of LANGUAGE_CODES) {
    await openInApp(page, `/?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('main h1')).toHaveText(headingText('home.heading', code));
    if (!['en', 'ar'].includes(code)) continue;
    for (const { path, heading } of PAGES) {
      await openInApp(page, path);
      await expect(page.locator('main h1'), path).toHaveText(headingText(heading, code));
    }
  }
  // In-app navigation and a language switch, as a reader would do them.
  await page.goto(`${server.url}?lang=en`);
  for (const name of ['Tips', 'Guides', 'Contacts', 'Notes', 'Home']) {
    await mainNavLink(page, name).click();
    await expect(page.locator('main h1')).toBeVisible();
  }
  await pickLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const foreign = requests.filter(({ url }) => !url.startsWith(`${server.origin}/`));
  expect(foreign, 'requests to other hosts').toEqual([]);
  // The list must really include the worker's own fetches, or the check above proves little.
  expect(requests.some((r) => r.fromWorker && r.url.includes('ngsw.json'))).toBe(true);
  expect(requests.some((r) => r.url.includes('/i18n/ar.json'))).toBe(true);

  expect(await context.cookies(), 'no cookies').toEqual([]);
  const stored = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  // The language, the content version last seen (for "What changed") and, once the database
  // is opened (the Notes page), the random data id that lets tabs notice a wipe: nothing personal.
  expect(stored.local.sort(), 'only non-personal settings in localStorage').toEqual([
    'ds.contentSeen',
    'ds.dataId',
    'ds.language',
  ]);
  expect(stored.session).toEqual([]);
});

test('the server sends the strict CSP, and the browser enforces it', async ({ page, server }) => {
  const response = await page.goto(server.url);
  const csp = response!.headers()['content-security-policy'];
  for (const part of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types angular angular#bundler default',
  ]) {
    expect(csp).toContain(part);
  }
  await expect(page.locator('main h1')).toBeVisible();

  await page.evaluate(async () => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    await fetch('https://tracker.example/collect').catch(() => undefined);
    const img = document.createElement('img');
    img.src = 'https://cdn.example/pixel.png';
    document.body.append(img);
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    } catch {
      seen.push('trusted-types');
    }
  });
  // Violation reports arrive as events a moment later: wait for all three, not for a set time.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toEqual(expect.arrayContaining(['connect-src', 'img-src', 'require-trusted-types-for']));
});

test('files that do not exist are real 404s; pages fall back to the app', async ({ server }) => {
  const missingFile = await fetch(`${server.origin}/chunk-DOESNOTEXIST.js`);
  expect(missingFile.status).toBe(404);
  const deepPage = await fetch(`${server.origin}/tips/anything`);
  expect(deepPage.status).toBe(200);
  expect(await deepPage.text()).toContain('<app-root>');
  for (const file of ['/ngsw.json', '/ngsw-worker.js']) {
    const response = await fetch(server.origin + file);
    expect(response.headers.get('cache-control'), file).toContain('no-cache');
  }
  const compressed = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
  expect(compressed.headers.get('content-encoding')).toBe('gzip');
});
