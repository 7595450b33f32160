import { LANGUAGES } from '../src/app/core/i18n/languages';
import { contentTexts, rawKeysIn, translations } from './app-pages';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { chooseInPicker } from './helpers/language-picker';

const ar = translations('ar');
const en = translations('en');

// What these check is the language of each screen, not caching: no worker installs behind them.
test.use({ serviceWorkers: 'block' });

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
  const options = page.getByTestId('language-dialog').first().locator('li button .endonym');
  await expect(page.locator('main h1')).toBeVisible();
  // Built only when opened: every page's first render stays light.
  await expect(options).toHaveCount(0);
  await page.getByTestId('language-picker').first().click();
  await expect(options).toHaveText(LANGUAGES.map((l) => l.nativeName));
  const arabic = page.getByTestId('language-option-ar').first().locator('.endonym');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
});

test.describe('the language picker on a phone set to Ukrainian and French', () => {
  test.use({ locale: 'uk-UA' });
  test("lists the phone's languages first and finds a language by any of its names", async ({
    page,
    server,
  }) => {
    await page.goto(server.url);
    await page.getByTestId('language-picker').first().click();
    const dialog = page.getByTestId('language-dialog').first();
    const first = dialog.locator('li button .endonym').first();
    await expect(first).toHaveText('Українська');
    // The current language has focus, so a keyboard or screen-reader user starts where they are.
    await expect(dialog.getByTestId('language-option-uk')).toBeFocused();

    const find = dialog.getByTestId('language-find');
    const shown = dialog.locator('li button .endonym');
    await find.fill('arab');
    await expect(shown).toHaveText(['العربية']);
    await find.fill('فارس');
    await expect(shown).toHaveText(['فارسی']);
    // Its name in the app's current language, Ukrainian: "французька".
    await find.fill('франц');
    await expect(shown).toHaveText(['Français']);
    await find.fill('francais');
    await expect(shown).toHaveText(['Français']);
    await find.fill('zzz');
    await expect(shown).toHaveCount(0);
    await expect(dialog.getByRole('status')).toBeVisible();

    await find.fill('ara');
    await dialog.getByTestId('language-option-ar').click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main h1')).toHaveText(ar.get('home.heading')!);
    // Escape closes without a change, and focus goes back to the button.
    await page.getByTestId('language-picker').first().click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('language-picker').first()).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });
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

test.describe('every language', () => {
  test('?lang= opens home in that language and direction, with its tips and no raw keys', async ({
    page,
    server,
  }) => {
    test.setTimeout(10_000 + LANGUAGES.length * 3_000);
    for (const { code, dir } of LANGUAGES) {
      await page.goto(`${server.origin}/?lang=${code}`);
      await expect(page.locator('html'), code).toHaveAttribute('lang', code);
      await expect(page.locator('html'), code).toHaveAttribute('dir', dir);
      const heading = translations(code).get('home.heading')!;
      await expect(page.locator('main h1'), code).toHaveText(heading);
      if (code !== 'en') expect(heading, code).not.toBe(en.get('home.heading'));
      await expect(page.getByTestId('tip-cards'), code).toBeVisible();
      const text = await page.locator('body').innerText();
      expect(rawKeysIn(text), code).toEqual([]);
      const tips = (contentTexts(code) as { tips: Record<string, { title: string }> }).tips;
      expect(text, code).toContain(tips['ask-for-your-data'].title);
    }
  });
});

test.describe('a language marked "reviewed" in its own file', () => {
  // Without the worker (blocked above), page.route sees the app's own request for the file.
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

test.describe('a language whose file cannot load', () => {
  test('says so in the language on screen, keeps the choice, and loads it on "Try again"', async ({
    page,
    server,
  }) => {
    let serverDown = true;
    let asked = 0;
    await page.route('**/i18n/ar.json', (route) => {
      asked++;
      return serverDown ? route.fulfill({ status: 503, body: 'down' }) : route.fallback();
    });
    await page.goto(`${server.origin}/privacy?lang=ar`);
    const notice = page.getByTestId('language-notice');
    await expect(notice).toContainText('العربية');
    await expect(notice).toContainText(en.get('languageNotice.serverFailed')!);
    await expect(notice.locator('bdi')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main h1')).toHaveText(en.get('privacy.title')!);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(await axeViolations(page)).toEqual([]);
    // The reader's choice is kept, so the next open tries Arabic again.
    expect(await page.evaluate(() => localStorage.getItem('ds.language'))).toBe('ar');

    // Asked once by the app, not again when the first navigation ends with ?lang=ar in the
    // address (app.ts, followLanguageInLink), nor by in-app links: only "Try again" asks.
    await page.waitForLoadState('networkidle');
    expect(asked).toBe(1);
    const before = asked;
    await page.getByRole('link', { name: en.get('nav.tips')! }).click();
    await expect(page.locator('main h1')).toHaveText(en.get('tips.title')!);
    await expect(notice).toBeVisible();
    expect(asked).toBe(before);

    // Still down: asked once more, and the notice says it failed again.
    await notice.getByRole('button', { name: en.get('reload.retry')! }).click();
    await expect.poll(() => asked).toBe(before + 1);
    await expect(notice).toContainText(en.get('languageNotice.serverFailed')!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    serverDown = false;
    await notice.getByRole('button', { name: en.get('reload.retry')! }).click();
    await expect(page.locator('main h1')).toHaveText(ar.get('tips.title')!);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(notice).toHaveCount(0);
    // The button went with the notice: the focus moves on to the page.
    await expect(page.locator('main')).toBeFocused();
  });

  test('a reader switching from French stays in French, told why, and can close the notice', async ({
    page,
    server,
  }) => {
    const fr = translations('fr');
    await page.goto(`${server.origin}/privacy?lang=fr`);
    await expect(page.locator('main h1')).toHaveText(fr.get('privacy.title')!);
    await page.route('**/i18n/ar.json', (route) => route.abort('internetdisconnected'));
    await chooseInPicker(page, 'ar');

    const notice = page.getByTestId('language-notice');
    await expect(notice).toContainText(fr.get('languageNotice.failed')!);
    await expect(notice).toContainText('العربية');
    await expect(page.locator('main h1')).toHaveText(fr.get('privacy.title')!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await notice.getByRole('button', { name: fr.get('languagePicker.close')! }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.locator('main')).toBeFocused();
    await expect(page.locator('main h1')).toHaveText(fr.get('privacy.title')!);
  });
});
