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
  '/contacts',
  '/contacts/domestic-abuse-helpline',
  '/timeline',
  '/notes',
  '/notes/new',
  '/settings',
  '/privacy',
  '/about',
  '/no-such-page',
];
const languages = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'ar'];

const server = await startServer('dist/digital-sanctuary/browser');
const url = server.url;
await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark']) {
  for (const lang of languages) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${url.slice(0, -1)}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.locator('main h1').waitFor();
      const name = path === '/' ? 'home' : path.slice(1).split('?')[0].replaceAll('/', '-');
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
