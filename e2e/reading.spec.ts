import { Page } from '@playwright/test';
import { LANGUAGE_CODES, contentTexts, headingText } from './app-pages';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { chooseTextSize, idleDrawn, mainNavLink, openInApp } from './helpers/in-app';

// Reading settings, layout and speech: none of it depends on the worker, so none installs here.
test.use({ serviceWorkers: 'block' });

/**
 * Headless Chromium has no speech voices. This stand-in speechSynthesis has the voices given, and
 * records what it is asked to say; `__finish()` ends the utterance being spoken.
 */
async function fakeSpeech(page: Page, voiceLangs: string[]): Promise<void> {
  await page.addInitScript((langs) => {
    const voices = langs.map((lang) => ({
      lang,
      name: `Test ${lang}`,
      voiceURI: `test-${lang}`,
      localService: true,
      default: false,
    }));
    const state = {
      spoken: [] as { text: string; lang: string; onend?: () => void }[],
      cancels: 0,
    };
    class Utterance {
      voice = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const speech = {
      getVoices: () => voices,
      speak: (utterance: { text: string; lang: string }) => state.spoken.push(utterance),
      cancel: () => state.cancels++,
      pause: () => undefined,
      resume: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    Object.assign(window, {
      __speech: state,
      __finish: () => state.spoken.at(-1)?.onend?.(),
    });
  }, voiceLangs);
}

const spoken = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __speech: { spoken: { text: string; lang: string }[] } }
    ).__speech.spoken.map((u) => `${u.lang}: ${u.text}`),
  );
const finish = (page: Page) =>
  page.evaluate(() => (window as unknown as { __finish(): void }).__finish());
const cancels = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels);

test('text size and high contrast are kept over a reload', async ({ page, server }) => {
  const contrastRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/contrast.css')) contrastRequests.push(r.url());
  });
  await page.goto(`${server.origin}/settings`);
  const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await rootSize()).toBe('16px');
  await page.waitForLoadState('networkidle');
  expect(contrastRequests, 'the high-contrast sheet is not fetched unless chosen').toEqual([]);

  await page.getByTestId('text-size-150').check();
  await page.getByTestId('high-contrast').check();
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  expect(await rootSize()).toBe('24px');

  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  expect(await rootSize()).toBe('24px');
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await expect(page.getByTestId('text-size-150')).toBeChecked();
  await expect(page.getByTestId('high-contrast')).toBeChecked();

  await page.getByTestId('text-size-100').check();
  await page.getByTestId('high-contrast').uncheck();
  await page.reload();
  expect(await rootSize()).toBe('16px');
  await expect.poll(background).toBe('rgb(246, 245, 241)');
});

test('a high-contrast reader never sees the app drawn in normal contrast, on a slow link too', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('ds.contrast', 'high');
    // The page background when anything first shows in the page: a prerendered page is held
    // hidden (src/index.html) until the app has drawn it afresh.
    new MutationObserver((_, observer) => {
      const root = document.querySelector('app-root');
      if (!root?.childElementCount || getComputedStyle(root).visibility === 'hidden') return;
      const first = getComputedStyle(document.documentElement).backgroundColor;
      Object.assign(window, { firstDrawnOn: first });
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.route('**/contrast.css', async (route) => {
    await new Promise((done) => setTimeout(done, 500));
    await route.fallback();
  });
  await page.goto(`${server.origin}/tips`);
  await expect(page.locator('main h1')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { firstDrawnOn: string }).firstDrawnOn),
  ).toBe('rgb(255, 255, 255)');
});

test('high contrast follows the dark scheme too', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('ds.contrast', 'high'));
  await page.goto(`${server.origin}/tips/ask-for-your-data`);
  await expect(page.locator('main h1')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    .toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).color)).toBe(
    'rgb(255, 255, 255)',
  );
});

test('high contrast and the largest text pass axe-core, light and dark', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    localStorage.setItem('ds.contrast', 'high');
    localStorage.setItem('ds.textSize', '150');
  });
  // One load with both settings stored; then each screen as the app's links reach it, in each
  // colour scheme (the scheme changes under the open page, as a phone's does at dusk).
  await page.goto(server.url);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
    '24px',
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [path, heading] of [
      ['/', 'home.heading'],
      ['/tips/ask-for-your-data', 'content:tips.ask-for-your-data.title'],
      ['/search?q=eVisa', 'search.title'],
      ['/settings', 'settings.title'],
    ]) {
      await openInApp(page, path);
      await expect(page.locator('main h1')).toHaveText(headingText(heading, 'en'));
      await idleDrawn(page);
      if (path.startsWith('/search')) {
        await expect(
          page.getByTestId('search-results').getByTestId('search-result').first(),
        ).toBeVisible();
      }
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).color))
        .toBe(colorScheme === 'light' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
    }
  }
});

test('the header fits a 360 px phone in every language and text size: Exit always shows', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  // One load, then the app's own moves: a text size set in Settings, a language from a link's
  // ?lang= (as a shared link switches it), 48 layouts in all. A cold open per layout cost 45 s.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.origin}/settings`);
  await expect(page.locator('main h1')).toBeVisible();
  const tip = '/tips/protect-your-phone';
  for (const size of ['100', '125', '150'] as const) {
    await chooseTextSize(page, size);
    for (const code of LANGUAGE_CODES) {
      await openInApp(page, `${tip}?lang=${code}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('main h1')).toHaveText(
        headingText('content:tips.protect-your-phone.title', code),
      );
      // The switch is done (its file and font loaded) once the header names the new language.
      await expect(page.locator('#header-language-current')).toHaveAttribute('lang', code);
      const layout = await page.evaluate(() => {
        const exit = document.querySelector('app-quick-exit-button')!.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          exit: [Math.round(exit.left), Math.round(exit.right)],
        };
      });
      expect(layout.overflow, `${code} at ${size}%`).toBeLessThanOrEqual(0);
      expect(layout.exit[0], `${code} at ${size}%`).toBeGreaterThanOrEqual(0);
      expect(layout.exit[1], `${code} at ${size}%`).toBeLessThanOrEqual(360);
      await expect(page.getByTestId('header-search')).toBeInViewport();
    }
  }
});

test('Listen reads paragraph by paragraph, marks the one read, pauses and stops', async ({
  page,
  server,
}) => {
  await fakeSpeech(page, ['en-GB']);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.origin}/tips/ask-for-your-data`);
  const tip = (
    contentTexts('en') as unknown as Record<
      string,
      Record<string, { title: string; summary: string }>
    >
  ).tips['ask-for-your-data'];
  const reading = page.locator('.reading-now');

  await page.getByTestId('listen-play').click();
  await expect(reading).toHaveText(tip.title);
  expect(await spoken(page)).toEqual([`en-GB: ${tip.title}`]);
  await finish(page);
  await expect(reading).toHaveText(tip.summary);

  // Further down the page, the paragraph read is kept in view.
  for (let i = 0; i < 8; i++) await finish(page);
  await expect(reading).toHaveCount(1);
  await expect(reading).toBeInViewport();
  const ninth = (await spoken(page)).at(-1);

  await page.getByTestId('listen-pause').click();
  await expect(page.getByTestId('listen-resume')).toBeVisible();
  await expect(reading).toHaveCount(1);
  await page.getByTestId('listen-resume').click();
  expect((await spoken(page)).at(-1), 'the paragraph again from its start').toBe(ninth);

  await page.getByTestId('listen-stop').click();
  await expect(reading).toHaveCount(0);
  await expect(page.getByTestId('listen-play')).toBeVisible();

  // Leaving the page stops the voice.
  await page.getByTestId('listen-play').click();
  const before = await cancels(page);
  await mainNavLink(page, 'Guides').click();
  await expect(page.locator('main h1')).toHaveText('Guides');
  expect(await cancels(page)).toBeGreaterThan(before);
});

test('with no Arabic voice it says so, reads nothing, and offers English', async ({
  page,
  server,
}) => {
  await fakeSpeech(page, ['en-GB']);
  await page.goto(`${server.origin}/guides/subject-access-request?lang=ar`);
  await page.getByTestId('listen-play').click();
  const message = page.getByTestId('listen-no-voice');
  await expect(message).toContainText('العربية');
  expect(await spoken(page), 'never Arabic text with an English voice').toEqual([]);
  await expect(message.getByTestId('listen-side-by-side')).toHaveAttribute(
    'href',
    /^\/guides\/subject-access-request\?(lang=ar&)?compare=en$/,
  );

  await message.getByTestId('listen-english').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('listen-play').click();
  expect((await spoken(page))[0]).toMatch(/^en-GB: /);
});

test('on a device with no voices at all (real headless Chromium) it says so plainly', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/tips/protect-your-phone?lang=fa`);
  await page.getByTestId('listen-play').click();
  const message = page.getByTestId('listen-no-voice');
  await expect(message).toContainText('فارسی');
  await expect(message.getByTestId('listen-english')).toHaveCount(0);
  await message.getByTestId('listen-side-by-side').click();
  await expect(page).toHaveURL(/compare=en/);
  await expect(page.locator('app-side-by-side')).toBeVisible();
});
