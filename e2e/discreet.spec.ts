import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { NEUTRAL, standInForNeutralSite } from './helpers/neutral-site';

// The neutral title, start screen and manifest are the page's: the worker plays no part here.
test.use({ serviceWorkers: 'block' });

/** Words that would tell an onlooker what the app is about. */
const TELLING =
  /right|migra|asylum|immigra|home office|visa|refugee|sanctuary|ukvi|data protection/i;

const manifestHref = (page: Page) => page.locator('link[rel="manifest"]').getAttribute('href');

test('discreet mode: a neutral title, a plain start screen and a neutral manifest; off restores all', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/settings`);
  await expect(page).toHaveTitle(/Digital Sanctuary/);
  await page.getByTestId('discreet-mode').check();
  await expect(page).toHaveTitle('Notes');
  expect(await manifestHref(page)).toBe('notes.webmanifest');

  await page.reload();
  await expect(page.getByTestId('plain-screen')).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  expect(await page.locator('body').innerText()).not.toMatch(TELLING);
  expect(await axeViolations(page)).toEqual([]);
  expect(await manifestHref(page)).toBe('notes.webmanifest');
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('icons/notes.svg');
  // The manifest Chromium would install from is the neutral one, and its icons exist.
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => (await cdp.send('Page.getAppManifest')).url)
    .toBe(`${server.origin}/notes.webmanifest`);
  const manifest = (await (await fetch(`${server.origin}/notes.webmanifest`)).json()) as {
    name: string;
    short_name: string;
    id: string;
    icons: { src: string; type: string }[];
  };
  expect([manifest.name, manifest.short_name, manifest.id]).toEqual(['Notes', 'Notes', '/']);
  for (const icon of manifest.icons) {
    const response = await fetch(`${server.origin}/${icon.src}`);
    expect(response.status, icon.src).toBe(200);
  }

  // Tapping through shows the app, still under the neutral title.
  await page.getByTestId('plain-continue').click();
  await expect(page.getByTestId('discreet-mode')).toBeChecked();
  await expect(page).toHaveTitle('Notes');

  await page.getByTestId('discreet-mode').uncheck();
  await expect(page).toHaveTitle(/Digital Sanctuary/);
  expect(await manifestHref(page)).toBe('manifest.webmanifest');
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByTestId('plain-screen')).toHaveCount(0);
  await expect(page).toHaveTitle(/Digital Sanctuary/);
  expect(await manifestHref(page)).toBe('manifest.webmanifest');
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('icons/logo.svg');
});

test('quick exit works on the plain screen', async ({ page, server }) => {
  await standInForNeutralSite(page);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('ds.discreet', '1'));
  await page.reload();
  await expect(page.getByTestId('plain-screen')).toBeVisible();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);

  await page.goto(server.url);
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
});

test('the service worker caches the neutral manifest and its icons', async ({ server }) => {
  const ngsw = (await (await fetch(`${server.origin}/ngsw.json`)).json()) as {
    hashTable: Record<string, string>;
  };
  for (const path of ['/notes.webmanifest', '/icons/notes.svg', '/icons/notes-192.png']) {
    expect(Object.keys(ngsw.hashTable), path).toContain(path);
  }
});
