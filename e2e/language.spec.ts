import { LANGUAGES } from '../src/app/core/i18n/languages';
import { existsSync } from 'node:fs';
import { contentTexts, rawKeysIn, translations } from './app-pages';
import { expect, test } from './fixtures';

const ar = translations('ar');
const en = translations('en');

test('?lang=ar opens right-to-left in Arabic and is remembered', async ({ page, server }) => {
  await page.goto(`${server.origin}/guides?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main h1')).toHaveText(ar.get('guides.title')!);
  await expect(page.getByTestId('translation-note')).toBeVisible();

  // In-app links carry no ?lang=, a fresh open of a plain address neither: both stay Arabic.
  await page.getByRole('link', { name: ar.get('nav.tips')! }).click();
  await expect(page.locator('main h1')).toHaveText(ar.get('tips.title')!);
  await page.goto(`${server.origin}/about`);
  await expect(page.locator('main h1')).toHaveText(ar.get('about.title')!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the note on machine-assisted pages links to the English original', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/privacy?lang=ar`);
  await page.getByRole('link', { name: ar.get('shell.readEnglish')! }).click();
  await expect(page.locator('main h1')).toHaveText(en.get('privacy.title')!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('translation-note')).toHaveCount(0);
});

test('an unknown ?lang= falls back to English', async ({ page, server }) => {
  await page.goto(`${server.origin}/?lang=xx`);
  await expect(page.locator('main h1')).toHaveText(en.get('home.heading')!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the picker names each language in its own script', async ({ page, server }) => {
  await page.goto(server.url);
  const options = page.getByTestId('language-picker').first().locator('option');
  await expect(options).toHaveText(LANGUAGES.map((l) => l.nativeName));
  await expect(options.nth(1)).toHaveAttribute('dir', 'rtl');
  await expect(options.nth(1)).toHaveAttribute('lang', 'ar');
});

test.describe('a phone set to Arabic', () => {
  test.use({ locale: 'ar-EG' });
  test('opens in Arabic on first visit', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main h1')).toHaveText(ar.get('home.heading')!);
  });
});

test.describe('a phone set to German', () => {
  test.use({ locale: 'de-DE' });
  test('opens in English, the best shipped language', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h1')).toHaveText(en.get('home.heading')!);
  });
});

for (const { code, dir } of LANGUAGES) {
  test(`?lang=${code} opens home in that language, ${dir}, with no raw keys`, async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const heading = translations(code).get('home.heading')!;
    await expect(page.locator('main h1')).toHaveText(heading);
    if (code !== 'en') expect(heading).not.toBe(en.get('home.heading'));
    await expect(page.getByTestId('tip-cards')).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(rawKeysIn(text)).toEqual([]);
    if (code !== 'en') {
      const firstTip = (contentTexts(code) as { tips: Record<string, { title: string }> }).tips;
      expect(text).toContain(firstTip['ask-for-your-data'].title);
    }
  });
}

test('every shipped language has every English key, and no empty text', () => {
  const english = [...en.keys()].sort();
  expect(LANGUAGES.map((l) => l.code)).toContain('en');
  for (const { code } of LANGUAGES) {
    const texts = translations(code);
    expect([...texts.keys()].sort(), `keys of public/i18n/${code}.json`).toEqual(english);
    const empty = [...texts].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty, `empty texts in ${code}`).toEqual([]);
    expect(existsSync(`public/content/${code}.json`), `public/content/${code}.json`).toBe(true);
  }
});

test.describe('a language marked "reviewed" in its own file', () => {
  // Without the worker, page.route sees the app's own request for the interface file.
  test.use({ serviceWorkers: 'block' });
  test('shows no machine-assisted note', async ({ page, server }) => {
    await page.route('**/i18n/ar.json', async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as { meta: { translation: string } };
      expect(file.meta.translation).toBe('machine-assisted');
      file.meta.translation = 'reviewed';
      await route.fulfill({ response, json: file });
    });
    await page.goto(`${server.origin}/privacy?lang=ar`);
    await expect(page.locator('main h1')).toHaveText(ar.get('privacy.title')!);
    await expect(page.getByTestId('translation-note')).toHaveCount(0);
  });
});
