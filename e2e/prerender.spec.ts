import { Page } from '@playwright/test';
import { CONTENT_META, headingText } from './app-pages';
import { ContentMeta, contentDates } from '../src/app/core/content/content-model';
import { formatIsoDate } from '../src/app/core/i18n/date-format';
import { findLanguage, localeOf } from '../src/app/core/i18n/languages';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_DIR, expect, test } from './fixtures';
import { appStarted, idleDrawn, mainNavLink } from './helpers/in-app';
import { NEUTRAL, standInForNeutralSite } from './helpers/neutral-site';
import { waitUntilOfflineReady } from './helpers/service-worker';

// The pages the build prerenders (src/app/app.routes.server.ts) on a first visit: what shows
// before the scripts, and what the app does with it (src/app/core/prerender/).

const TIP = '/tips/protect-your-phone';
const tipTitle = (code: string) => headingText('content:tips.protect-your-phone.title', code);

/** Holds back every request `url` matches until `release()`. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds back `main` until `release()`: what a slow link shows before the app starts. */
const holdTheApp = (page: Page) => hold(page, /\/main-[\w-]+\.js$/);

/** The built file that holds the tip page's code: the chunk of the route `tips`. */
async function tipPageChunk(): Promise<string> {
  for (const file of await readdir(BUILD_DIR)) {
    if (!/^chunk-.*\.js$/.test(file)) continue;
    if (/[`'"]app-tip-detail[`'"]/.test(await readFile(join(BUILD_DIR, file), 'utf8'))) return file;
  }
  throw new Error('no chunk holds app-tip-detail');
}

/**
 * Counts what the page makes from the engine's locale data (date formatters, language names), for
 * each of its documents; read with the result.
 */
async function countFormatters(page: Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    const made: unknown[] = [];
    Object.assign(window, { formattersMade: made });
    for (const name of ['DateTimeFormat', 'DisplayNames'] as const) {
      const Real = Intl[name] as unknown as new (...args: unknown[]) => object;
      Object.assign(Intl, {
        [name]: function (...args: unknown[]) {
          made.push([name, ...args]);
          return new Real(...args);
        },
      });
    }
  });
  return () =>
    page.evaluate(() => (window as unknown as { formattersMade: unknown[] }).formattersMade);
}

/** Exit, then Back: the tab's history holds nothing of the app (the test began at about:blank). */
async function exitLeavesNothingBehind(page: Page): Promise<void> {
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
}

/** Opens `path` as far as the page's HTML goes: the scripts may still be on their way. */
async function openHtml(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('main h1').waitFor({ state: 'attached' });
}

/**
 * Opens `url` with the app held back and checks the HTML stays hidden until the app has drawn the
 * page itself, with `title` as its heading.
 */
async function expectHiddenUntilDrawn(page: Page, url: string, title: string): Promise<void> {
  const release = await holdTheApp(page);
  await openHtml(page, url);
  await expect(page.locator('main h1')).toBeHidden();
  await expect(page.getByTestId('quick-exit')).toBeHidden();
  release();
  await appStarted(page);
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('main h1')).toBeVisible();
}

/**
 * Exit's way out is cancelled (ERR_ABORTED commits no error page): the page stays as Exit left
 * it, to be looked at.
 */
const stayWhenLeaving = (page: Page) =>
  page.route('https://www.bbc.co.uk/**', (route) => route.abort('aborted'));

/** Marks each element now on screen, to find it again after the app has started. */
async function markShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('app-root *')];
    (window as unknown as { shown: Element[] }).shown = elements;
    return elements.length;
  });
}

/** How many of the marked elements the app has replaced: 0 when it adopted the page. */
function replacedSinceMarked(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { shown: Element[] }).shown.filter((e) => !e.isConnected).length,
  );
}

test.describe('a first visit, with no worker yet', () => {
  test.use({ serviceWorkers: 'block', locale: 'en-GB' });

  test('an English reader sees the tip before the scripts arrive; the app then adopts it', async ({
    page,
    server,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The CSP lets the first script run by its hash alone: nothing may be refused.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP refused ${event.blockedURI} (${event.violatedDirective})`),
      ),
    );
    const release = await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    const heading = page.locator('main h1');
    await expect(heading).toHaveText(tipTitle('en'));
    await expect(heading).toBeVisible();
    await expect(page.getByTestId('quick-exit')).toBeVisible();
    expect(await markShown(page)).toBeGreaterThan(50);

    release();
    await appStarted(page);
    // Hydrated, not redrawn: every element the reader saw is still the one on screen.
    expect(await replacedSinceMarked(page)).toBe(0);
    await expect(heading).toHaveText(tipTitle('en'));
    // The app answers now: a tick is counted.
    await page.getByTestId('step-checkbox').first().check();
    await expect(page.getByTestId('tip-detail-progress')).toContainText('1 of');
    expect(errors).toEqual([]);
  });

  test("the page's code travels beside the language and content files, not after them", async ({
    page,
    server,
  }) => {
    const chunk = await tipPageChunk();
    const releaseFiles = await hold(page, /\/(i18n|content)\/[\w.-]+\.json$/);
    const asked = page.waitForRequest((request) => request.url().endsWith(`/${chunk}`));
    await openHtml(page, server.origin + TIP);
    await asked;
    releaseFiles();
    await appStarted(page);
  });

  test("the page's links and buttons stay guarded until its own code has arrived", async ({
    page,
    server,
  }) => {
    await standInForNeutralSite(page);
    const releaseChunk = await hold(page, new RegExp(`/${await tipPageChunk()}$`));
    await page.goto('about:blank');
    await openHtml(page, server.origin + TIP);
    // The shell is the app's by now (Angular has tied its elements to their components), but the
    // tip is not: nothing counts as started.
    const adopted = (selector: string) =>
      page.evaluate((s) => '__ngContext__' in document.querySelector(s)!, selector);
    await expect.poll(() => adopted('app-header')).toBe(true);
    expect(await adopted('app-tip-detail')).toBe(false);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
      false,
    );
    await expect(page.getByTestId('step-checkbox').first()).toBeDisabled();
    // A link still replaces the page, so Back after Exit finds nothing of the app.
    await mainNavLink(page, 'Tips').click();
    await expect(page).toHaveURL(`${server.origin}/tips`);
    releaseChunk();
    await appStarted(page);
    await exitLeavesNothingBehind(page);
  });

  test('a shell link tapped while the page waits for its code: the app counts as started only once the page is all its own', async ({
    page,
    server,
  }) => {
    await hold(page, new RegExp(`/${await tipPageChunk()}$`));
    // The page the link replaces this one with is slow to come: the app meanwhile follows the
    // link too, and draws the guides in place of the tip it never adopted.
    const releaseGuides = await hold(page, new RegExp(`^${server.origin}/guides/?$`));
    // What was on screen the moment the app said it had started, kept across the replace.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-started')) return;
        const tip = document.querySelector('app-tip-detail') ? 'tip still there' : 'tip gone';
        if (!sessionStorage.getItem('at-start')) sessionStorage.setItem('at-start', tip);
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true });
    });
    await openHtml(page, server.origin + TIP);
    await expect
      .poll(() => page.evaluate(() => '__ngContext__' in document.querySelector('app-header')!))
      .toBe(true);
    // The click waits for the new page to begin: it comes 1.5 s later.
    setTimeout(releaseGuides, 1500);
    await mainNavLink(page, 'Guides').click();
    await expect(page).toHaveURL(`${server.origin}/guides`);
    await page.locator('main h1').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => sessionStorage.getItem('at-start'))).toBe('tip gone');
  });

  for (const [code, family] of [
    ['fa', 'Noto Naskh Arabic'],
    ['ti', 'Noto Sans Ethiopic'],
  ] as const) {
    test(`a link in ${code} on an English phone: the page in ${code}, in its own font, before the scripts`, async ({
      page,
      server,
    }) => {
      // The fonts loaded at the moment the page could first be seen.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const html = document.documentElement;
          if (!html.hasAttribute('data-show') || html.hasAttribute('data-fonts-pending')) return;
          const loaded = [...document.fonts].filter((font) => font.status === 'loaded');
          (window as unknown as { fontsWhenShown: string[] }).fontsWhenShown = loaded.map((font) =>
            font.family.replace(/["']/g, ''),
          );
          observer.disconnect();
        }).observe(document, { attributes: true, subtree: true });
      });
      const release = await holdTheApp(page);
      await openHtml(page, `${server.origin}${TIP}?lang=${code}`);
      await expect(page.locator('main h1')).toHaveText(tipTitle(code));
      await expect(page.locator('main h1')).toBeVisible();
      // What a search result or a link preview would say of the page, in its language too.
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        headingText('app.tagline', code),
      );
      expect(
        await page.evaluate(
          () => (window as unknown as { fontsWhenShown: string[] }).fontsWhenShown,
        ),
      ).toContain(family);
      expect(await markShown(page)).toBeGreaterThan(50);
      release();
      await appStarted(page);
      expect(await replacedSinceMarked(page)).toBe(0);
      await expect(page.locator('main h1')).toHaveText(tipTitle(code));
    });
  }

  // A prerendered page carries every date of the content in its language
  // (src/app/core/i18n/locale-texts.ts): the app makes no date formatter, whose first use is a long
  // task on a cheap phone, for the page, for what it draws once idle (a tip's sources, the rest of
  // the contacts), or for the content pages opened next in that language.
  /** The content's dates as the build wrote them into the pages, in `code`'s language. */
  const contentDatesIn = (code: string) =>
    new RegExp(
      contentDates(CONTENT_META as unknown as ContentMeta)
        .map((date) => formatIsoDate(date, localeOf(findLanguage(code)!)))
        .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
    );
  const everyContactDated = async (page: Page, code: string) => {
    const cards = page.locator('app-contact-card');
    await expect(cards).toHaveCount(CONTENT_META.contacts.length);
    await expect(cards.last()).toContainText(contentDatesIn(code));
    // A language a service speaks, named as the build named it in the reader's language.
    const locale = localeOf(findLanguage(code)!);
    const welsh = new Intl.DisplayNames([locale], { type: 'language' }).of('cy')!;
    await expect(cards.filter({ hasText: welsh })).not.toHaveCount(0);
  };

  test('the tip, then a guide and the contacts: every date shown, and no formatter made', async ({
    page,
    server,
  }) => {
    const formattersMade = await countFormatters(page);
    await page.goto(server.origin + TIP);
    await appStarted(page);
    await expect(page.locator('app-source-list')).toContainText(contentDatesIn('en'));
    await mainNavLink(page, 'Guides').click();
    await page.locator('main a[href^="/guides/"]').first().click();
    await expect(page).toHaveURL(/\/guides\/[\w-]+$/);
    await expect(page.locator('app-guide-detail app-source-list')).toContainText(
      contentDatesIn('en'),
    );
    await mainNavLink(page, 'Contacts').click();
    await everyContactDated(page, 'en');
    expect(await formattersMade()).toEqual([]);
  });

  for (const path of ['/contacts?lang=ar', '/?lang=fa']) {
    test(`${path}, then the contacts: every date shown, and no formatter made`, async ({
      page,
      server,
    }) => {
      const formattersMade = await countFormatters(page);
      await page.goto(server.origin + path);
      await appStarted(page);
      await idleDrawn(page);
      if (!path.startsWith('/contacts')) {
        await page.locator('app-bottom-nav a[href="/contacts"]').click();
      }
      await everyContactDated(page, path.endsWith('ar') ? 'ar' : 'fa');
      expect(await formattersMade()).toEqual([]);
    });
  }

  test.describe('on a phone in Arabic', () => {
    test.use({ locale: 'ar' });

    test('the tips come in Arabic, right to left, before the scripts; the app adopts them', async ({
      page,
      server,
    }) => {
      const release = await holdTheApp(page);
      await openHtml(page, server.origin + '/tips');
      await expect(page.locator('main h1')).toHaveText(headingText('tips.title', 'ar'));
      await expect(page.locator('main h1')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await markShown(page)).toBeGreaterThan(50);
      release();
      await appStarted(page);
      expect(await replacedSinceMarked(page)).toBe(0);
      // Nothing was stored to show it: the language is the phone's, as on any first visit.
      expect(await page.evaluate(() => localStorage.getItem('ds.language'))).toBeNull();
    });
  });

  test('an Arabic reader who chose her language before: the English page is never shown, and the app draws it in Arabic', async ({
    page,
    server,
  }) => {
    await page.addInitScript(() => localStorage.setItem('ds.language', 'ar'));
    await expectHiddenUntilDrawn(page, server.origin + TIP, tipTitle('ar'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  // A host that cannot choose by language (Cloudflare Pages, docs/prerendering.md) sends the
  // English page to everyone; a cache that ignored Vary could send another reader's.
  for (const [why, url, sent, drawnIn] of [
    ['an Arabic link sent the English page', `${TIP}?lang=ar`, 'index.html', 'ar'],
    ['an English reader sent the Arabic page', TIP, 'index.ar.html', 'en'],
  ] as const) {
    test(`${why}: it is never shown, and the app draws the page in ${drawnIn}`, async ({
      page,
      server,
    }) => {
      const html = await readFile(join(BUILD_DIR, TIP, sent), 'utf8');
      await page.route(server.origin + url, (route) =>
        route.fulfill({ contentType: 'text/html', body: html }),
      );
      await expectHiddenUntilDrawn(page, server.origin + url, tipTitle(drawnIn));
    });
  }

  test('a phone set to German, then Arabic: the Arabic page, shown before the scripts', async ({
    page,
    server,
  }) => {
    await page.route(server.origin + TIP, (route) =>
      route.continue({
        headers: { ...route.request().headers(), 'accept-language': 'de-DE,ar;q=0.9' },
      }),
    );
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'ar'] }),
    );
    await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    await expect(page.locator('main h1')).toHaveText(tipTitle('ar'));
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('while the page waits for its font, Exit is on screen and leaves', async ({
    page,
    server,
  }) => {
    await standInForNeutralSite(page);
    await hold(page, /\.woff2$/);
    await holdTheApp(page);
    await page.goto('about:blank');
    await openHtml(page, `${server.origin}${TIP}?lang=ar`);
    // Read at one moment: the wait ends by itself after 3 s.
    const onScreen = await page.evaluate(() => ({
      waiting: document.documentElement.hasAttribute('data-fonts-pending'),
      heading: getComputedStyle(document.querySelector('main h1')!).visibility,
      exit: getComputedStyle(document.querySelector('[data-quick-exit]')!).visibility,
    }));
    expect(onScreen).toEqual({ waiting: true, heading: 'hidden', exit: 'visible' });
    await exitLeavesNothingBehind(page);
  });

  test('Exit tapped once the app has started, while the font is still on its way: nothing stays on screen', async ({
    page,
    server,
  }) => {
    await stayWhenLeaving(page);
    await page.goto(`${server.origin}${TIP}?lang=ar`);
    await appStarted(page);
    // The app adopting a page waits for no font, the page's first script 3 s at most: the app
    // can start while the script still waits. Set here, once the script's own 3 s are over, that moment
    // needs no slow font and no race.
    await page.waitForFunction(() => performance.now() > 3500);
    await page.evaluate(() => document.documentElement.setAttribute('data-fonts-pending', ''));
    await page.getByTestId('quick-exit').click();
    await page.locator('body.leaving').waitFor({ state: 'attached' });
    // Until the neutral site comes, the page on screen shows nothing.
    const onScreen = await page.evaluate(() => ({
      waiting: document.documentElement.hasAttribute('data-fonts-pending'),
      exit: getComputedStyle(document.querySelector('[data-quick-exit]')!).visibility,
    }));
    expect(onScreen).toEqual({ waiting: true, exit: 'hidden' });
  });

  test('Exit before the app starts: the app, arriving later, does not start', async ({
    page,
    server,
  }) => {
    const releaseApp = await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    // What Exit leaves behind (index.html's first script), on a page whose way out is slow: the
    // browser would stop loading `main` once the neutral site began to come.
    await page.evaluate(() => document.documentElement.setAttribute('data-leaving', ''));
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    releaseApp();
    // `main` has run: its first act is the Trusted Types policy (src/main.ts).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            !!(window as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy,
        ),
      )
      .toBe(true);
    // Started, the app would ask for its language file and the page's texts at once.
    await page.waitForTimeout(1000);
    expect(asked.filter((path) => /^\/(i18n|content)\//.test(path))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
      false,
    );
  });

  test('the app adopts an Arabic page without waiting again for the font it is drawn in; a page it draws afresh waits', async ({
    page,
    server,
  }) => {
    // Counts the app's own waits (core/i18n/script-font.ts); the first script uses fonts.ready.
    await page.addInitScript(() => {
      const counted = window as unknown as { fontWaits: number };
      counted.fontWaits = 0;
      const fonts = document.fonts;
      const load = fonts.load.bind(fonts);
      fonts.load = (...args: Parameters<FontFaceSet['load']>) => {
        counted.fontWaits++;
        return load(...args);
      };
    });
    const fontWaits = () =>
      page.evaluate(() => (window as unknown as { fontWaits: number }).fontWaits);
    await page.goto(`${server.origin}${TIP}?lang=ar`);
    await appStarted(page);
    await expect(page.locator('main h1')).toHaveText(tipTitle('ar'));
    expect(await fontWaits()).toBe(0);
    // Arabic chosen before, and the English page sent: drawn afresh, in the font it waits for.
    await page.goto(`${server.origin}${TIP}`);
    await appStarted(page);
    await expect(page.locator('main h1')).toHaveText(tipTitle('ar'));
    expect(await fontWaits()).toBe(1);
  });

  test('a font that does not come: the page shows without it after 3 s, before the app', async ({
    page,
    server,
  }) => {
    await hold(page, /\.woff2$/);
    await holdTheApp(page);
    await openHtml(page, `${server.origin}${TIP}?lang=ar`);
    const heading = page.locator('main h1');
    await expect(heading).toBeHidden();
    await expect(heading).toBeVisible({ timeout: 6000 });
    await expect(heading).toHaveText(tipTitle('ar'));
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
      false,
    );
  });

  test('a larger text size stored on the phone: the page is not shown at the normal size first', async ({
    page,
    server,
  }) => {
    await page.addInitScript(() => localStorage.setItem('ds.textSize', '150'));
    await expectHiddenUntilDrawn(page, server.origin + TIP, tipTitle('en'));
  });

  test("a host that sends home's page for every address (an old fallback): it is held back", async ({
    page,
    server,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const home = await readFile(join(BUILD_DIR, 'index.html'), 'utf8');
    await page.route(server.origin + TIP, (route) =>
      route.fulfill({ contentType: 'text/html', body: home }),
    );
    await expectHiddenUntilDrawn(page, server.origin + TIP, tipTitle('en'));
    expect(errors).toEqual([]);
  });

  for (const [setting, title] of [
    ['discreet', 'Notes'],
    ['neutralTitle', 'Reading'],
  ] as const) {
    test(`with ${setting} on, the tab never names the app while the page waits for it`, async ({
      page,
      server,
    }) => {
      await page.addInitScript((key) => localStorage.setItem(`ds.${key}`, '1'), setting);
      const release = await holdTheApp(page);
      await openHtml(page, server.origin + TIP);
      expect(await page.title()).toBe(title);
      await expect(page.locator('main h1')).toBeHidden();
      release();
      await appStarted(page);
      expect(await page.title()).not.toContain('Digital Sanctuary');
    });
  }

  test('a host that refuses the first script (an old CSP): the page waits for the app', async ({
    page,
    server,
  }) => {
    await page.route(server.origin + TIP, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      headers['content-security-policy'] = "script-src 'self'";
      await route.fulfill({ response, headers });
    });
    await expectHiddenUntilDrawn(page, server.origin + TIP, tipTitle('en'));
  });

  test('before the app starts, Exit still leaves, and other controls take no taps', async ({
    page,
    server,
  }) => {
    await standInForNeutralSite(page);
    await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    // A tick the app could not record: the boxes wait, disabled, for the app.
    await expect(page.getByTestId('step-checkbox').first()).toBeDisabled();
    // Share would do nothing yet: the button takes no tap, so nothing looks pressed.
    await expect(page.getByTestId('share-button').click({ timeout: 1000 })).rejects.toThrow(
      /intercepts pointer events/,
    );
    await page.getByTestId('quick-exit').click();
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('Shift three times leaves before the app starts, too', async ({ page, server }) => {
    await standInForNeutralSite(page);
    await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('the skip link works before the app starts, and keeps the page', async ({
    page,
    server,
  }) => {
    await holdTheApp(page);
    await openHtml(page, server.origin + TIP);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expect(page).toHaveURL(server.origin + TIP);
  });

  test('a link followed before the app starts leaves no step for Back after Exit', async ({
    page,
    server,
  }) => {
    await standInForNeutralSite(page);
    await holdTheApp(page);
    await page.goto('about:blank');
    await openHtml(page, server.origin + TIP);
    await mainNavLink(page, 'Tips').click();
    await expect(page).toHaveURL(`${server.origin}/tips`);
    await page.locator('main h1').waitFor({ state: 'attached' });
    await exitLeavesNothingBehind(page);
  });

  test('a prerendered page leaves the English strings to the app; a page drawn here preloads them', async ({
    page,
    server,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/i18n/en.json')) asked.push(new URL(page.url()).pathname);
    });
    /** Opens `path` with `main` held, until the browser has asked for `main`. */
    const openUntilMainIsAsked = async (path: string) => {
      const mainAsked = page.waitForRequest(/\/main-[\w-]+\.js$/);
      await page.goto(server.origin + path, { waitUntil: 'commit' });
      // `main` is the last thing the page's markup asks for: any preload went out before it.
      await mainAsked;
    };

    let release = await holdTheApp(page);
    await openUntilMainIsAsked(TIP);
    await expect(page.locator('main h1')).toBeVisible();
    expect(asked, 'no preload on the prerendered tip').toEqual([]);
    release();
    await appStarted(page);
    expect(asked, 'the app asks for them once').toEqual([TIP]);

    // Notes are not prerendered: the shell waits for the strings before it draws anything.
    await page.unrouteAll();
    asked.length = 0;
    release = await holdTheApp(page);
    await openUntilMainIsAsked('/notes');
    await expect.poll(() => asked, { message: 'preloaded beside main' }).toEqual(['/notes']);
    release();
    await appStarted(page);
  });

  test('a prerendered page paints styled with no second request; the shell links the stylesheet', async ({
    page,
    server,
  }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet')
        stylesheets.push(new URL(request.url()).pathname);
    });
    const release = await holdTheApp(page);
    await page.goto(`${server.origin}/contacts?lang=ar`, { waitUntil: 'commit' });
    await expect(page.locator('main h1')).toBeVisible();
    // Styled by src/styles.css before the app: a button's touch size, the Arabic face.
    const looks = await page.evaluate(() => ({
      button: getComputedStyle(document.querySelector('main .button')!).minHeight,
      font: getComputedStyle(document.body).fontFamily,
    }));
    expect(looks.button).toBe('44px');
    expect(looks.font).toContain('Noto Naskh Arabic');
    expect(stylesheets).toEqual([]);
    release();
    await appStarted(page);
    expect(stylesheets, 'the app asks for none either').toEqual([]);
    const shell = await (await page.request.get(`${server.origin}/index.csr.html`)).text();
    expect(shell).toMatch(/<link rel="stylesheet" href="styles-[\w-]+\.css">/);
  });
});

test('once the worker is in, every page is the shell, drawn by the app, offline too', async ({
  page,
  server,
}) => {
  await page.goto(server.origin + TIP);
  await waitUntilOfflineReady(page);
  await appStarted(page);
  const reopened = await page.goto(server.origin + '/guides/subject-access-request');
  expect(reopened?.fromServiceWorker()).toBe(true);
  expect(await reopened?.text()).toContain('<app-root></app-root>');
  await expect(page.locator('main h1')).toHaveText(
    headingText('content:guides.subject-access-request.title', 'en'),
  );
  await server.stop();
  await page.goto(server.origin + TIP);
  await expect(page.locator('main h1')).toHaveText(tipTitle('en'));
});

test('drawn by the app from the worker, home readies a date formatter when idle, for the next page', async ({
  page,
  server,
}) => {
  await page.goto(server.origin + '/');
  await waitUntilOfflineReady(page);
  const formattersMade = await countFormatters(page);
  await page.goto(server.origin + '/');
  await appStarted(page);
  await idleDrawn(page);
  // Home shows no date: the formatter was made ahead, while the page was idle.
  expect((await formattersMade()).length).toBe(1);
});
