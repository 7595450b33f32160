import { LANGUAGES } from '../src/app/core/i18n/languages';
import { headingText, pagesToWalkIn, rawKeysIn, translations } from './app-pages';
import { expect, test } from './fixtures';
import { driverState, waitForPrefetch, waitUntilOfflineReady } from './helpers/service-worker';
import { pickLanguage } from './helpers/language-picker';

for (const { code, dir } of LANGUAGES) {
  const pages = pagesToWalkIn(code);
  test(`opens in ${code} with the server stopped (${pages.length} screens)`, async ({
    page,
    server,
  }) => {
    // A page load takes a second or two on a busy two-core machine.
    test.setTimeout(30_000 + pages.length * 3_000);
    await page.goto(`${server.url}?lang=${code}`);
    await waitUntilOfflineReady(page);
    expect(await driverState(page)).toContain('Driver state: NORMAL');
    // This language's content is cached on first use; let that finish before the network goes.
    await expect
      .poll(() => page.evaluate(async (c) => !!(await caches.match(`/content/${c}.json`)), code))
      .toBe(true);

    await server.stop();

    for (const { path, heading } of pages) {
      const response = await page.goto(server.origin + path);
      expect(response?.fromServiceWorker(), `${path} from the worker`).toBe(true);
      await expect(page.locator('main h1'), path).toHaveText(headingText(heading, code));
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const text = await page.locator('body').innerText();
      expect(rawKeysIn(text), `raw keys on ${path}`).toEqual([]);
      expect(text.length, `${path} has text`).toBeGreaterThan(100);
    }
  });
}

test('switching language works offline', async ({ page, server }) => {
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  await server.stop();
  await page.goto(`${server.origin}/privacy`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await pickLanguage(page, 'ar');
  await expect(page.locator('main h1')).toHaveText(translations('ar').get('privacy.title')!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveTitle(/الخصوصية/);
});

test('a first visit alone keeps its language offline, content and all', async ({
  page,
  server,
}) => {
  // No reload here: the reader opens a link once and closes the app.
  await page.goto(`${server.url}?lang=uk`);
  await waitForPrefetch(page);
  await expect
    .poll(() => page.evaluate(async () => !!(await caches.match('/content/uk.json'))))
    .toBe(true);
  await server.stop();
  await page.goto(`${server.origin}/tips/protect-your-phone`);
  await expect(page.locator('main h1')).toHaveText(
    headingText('content:tips.protect-your-phone.title', 'uk'),
  );
});
