import { LANGUAGE_CODES, PAGES, headingText, rawKeysIn, translations } from './app-pages';
import { expect, test } from './fixtures';
import { driverState, waitUntilOfflineReady } from './helpers/service-worker';

for (const code of LANGUAGE_CODES) {
  test(`every screen opens in ${code} with the server stopped`, async ({ page, server }) => {
    await page.goto(`${server.url}?lang=${code}`);
    await waitUntilOfflineReady(page);
    expect(await driverState(page)).toContain('Driver state: NORMAL');

    await server.stop();

    for (const { path, heading } of PAGES) {
      const response = await page.goto(server.origin + path);
      expect(response?.fromServiceWorker(), `${path} from the worker`).toBe(true);
      await expect(page.locator('main h1'), path).toHaveText(headingText(heading, code));
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
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
  await page.getByTestId('language-picker').first().selectOption('ar');
  await expect(page.locator('main h1')).toHaveText(translations('ar').get('privacy.title')!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveTitle(/الخصوصية/);
});
