// Phone-size screenshots (360 x 740, and home on a laptop) of the main screens in English and Arabic, for a person to
// look at: `npm run build && node scripts/screenshots.mjs` writes them to screenshots/.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startServer } from '../server/start-server.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const pages = [
  '/',
  '/search?q=share%20code',
  '/tips',
  '/tips/ask-for-your-data',
  '/guides',
  '/guides/subject-access-request',
  '/guides/evisa-and-share-codes',
  '/contacts',
  '/contacts/domestic-abuse-helpline',
  '/timeline',
  '/notes',
  '/notes/new',
  '/letters',
  '/letters/home-office-sar',
  '/settings',
  '/privacy',
  '/about',
  '/changes',
  '/no-such-page',
  '/share',
  '/share/pack#pack=1..t1t4g1c1.' + Buffer.from('Read these before Tuesday.').toString('base64url'),
  '/share/lists',
  '/share/handout/tips/ask-for-your-data',
  '/share/poster',
];
/** Screens that need a tap first, shot whole (the page scrolls inside the shell). */
const scenes = {
  '/tips/protect-your-phone': async (page) => {
    await page.getByTestId('share-button').click();
    await page.getByTestId('qr-code').waitFor();
  },
  '/share': async (page) => {
    for (const kind of ['guides', 'contacts']) {
      await page.getByTestId(`choose-${kind}`).locator('summary').click();
    }
    for (const kind of ['tips', 'guides', 'contacts']) {
      await page.getByTestId(`choose-${kind}`).getByRole('checkbox').first().check();
    }
    await page.getByTestId(`choose-contacts`).locator('summary').click();
    await page.getByTestId('pack-note-input').fill('Bring your letters on Tuesday.');
    await page.getByTestId('qr-code').waitFor();
  },
};
const address = (path, lang) => {
  const link = new URL(path, url);
  link.searchParams.set('lang', lang);
  return link.href;
};
const languages = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'ar'];

const server = await startServer('dist/digital-sanctuary/browser');
const url = server.url;
await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const scheme of /** @type {const} */ (['light', 'dark'])) {
  for (const lang of languages) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(address(path, lang));
      await page.locator('main h1').waitFor();
      // Content, progress and fonts arrive after the heading.
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !document.querySelector('.pending'));
      const name = path === '/' ? 'home' : path.slice(1).split(/[?#]/)[0].replaceAll('/', '-');
      const suffix = scheme === 'dark' ? '-dark' : '';
      await page.screenshot({ path: `screenshots/${lang}-${name}${suffix}.png` });
      if (scheme === 'light' && ['/', '/tips'].includes(path)) {
        // The page scrolls inside the shell: let it grow to show everything in one picture.
        await page.addStyleTag({
          content: 'app-root{block-size:auto!important}.scroller{overflow:visible!important}',
        });
        await page.screenshot({ path: `screenshots/${lang}-${name}-full.png`, fullPage: true });
      }
    }
    if (scheme === 'light') {
      for (const [path, act] of Object.entries(scenes)) {
        await page.goto(address(path, lang));
        await page.locator('main h1').waitFor();
        await act(page);
        await page.addStyleTag({
          content: 'app-root{block-size:auto!important}.scroller{overflow:visible!important}',
        });
        // In phone-high parts, which are easier to look at than one long strip.
        const name = `${path.slice(1).replaceAll('/', '-')}-scene`;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let part = 0; part * 740 < Math.min(height, 6 * 740); part++) {
          await page.screenshot({
            path: `screenshots/${lang}-${name}-${part + 1}.png`,
            fullPage: true,
            clip: { x: 0, y: part * 740, width: 360, height: Math.min(740, height - part * 740) },
          });
        }
      }
    }
    await context.close();
  }
}
// The largest text size, and high contrast, as chosen in Settings.
for (const [variant, settings] of [
  ['large', { 'ds.textSize': '150' }],
  ['contrast', { 'ds.contrast': 'high' }],
]) {
  for (const lang of languages) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript((stored) => {
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    }, settings);
    const page = await context.newPage();
    for (const path of ['/', '/search?q=share%20code', '/tips/ask-for-your-data', '/settings']) {
      await page.goto(`${url.slice(0, -1)}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.locator('main h1').waitFor();
      const name = path === '/' ? 'home' : path.slice(1).split('?')[0].replaceAll('/', '-');
      await page.screenshot({ path: `screenshots/${lang}-${name}-${variant}.png` });
    }
    await context.close();
  }
}
// A laptop, as advisers use it.
for (const lang of languages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?lang=${lang}`);
  await page.locator('main h1').waitFor();
  await page.screenshot({ path: `screenshots/${lang}-home-laptop.png` });
  await page.close();
}
await browser.close();
await server.stop();
console.log('Screenshots written to screenshots/');
