import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { expect, test } from './fixtures';
import { appStarted, mainNavLink } from './helpers/in-app';

interface Manifest {
  name?: string;
  short_name?: string;
  description?: string;
  start_url?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: { src: string; sizes: string; type: string; purpose?: string }[];
}

test('the manifest has everything an install needs, and its icons exist', async ({ server }) => {
  const manifest = (await (
    await fetch(`${server.origin}/manifest.webmanifest`)
  ).json()) as Manifest;
  expect(manifest.name).toBe('Digital Sanctuary');
  expect(manifest.short_name?.length).toBeGreaterThan(0);
  expect(manifest.short_name!.length).toBeLessThanOrEqual(12);
  expect(manifest.description?.length).toBeGreaterThan(20);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons = manifest.icons ?? [];
  expect(icons.some((i) => i.sizes === '192x192' && i.purpose !== 'maskable')).toBe(true);
  expect(icons.some((i) => i.sizes === '512x512' && i.purpose !== 'maskable')).toBe(true);
  expect(icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const response = await fetch(`${server.origin}/${icon.src}`);
    expect(response.status, icon.src).toBe(200);
    expect(response.headers.get('content-type')).toBe(icon.type);
  }
});

test('Chromium finds no installability error', async ({ server }) => {
  // The default context is incognito-like, so getInstallabilityErrors always says `in-incognito`.
  const profile = await mkdtemp(join(tmpdir(), 'ds-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        return installabilityErrors.map((e) => e.errorId);
      })
      .toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('an Install button appears when the browser offers installation', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByTestId('install-card')).toHaveCount(0);
  // Headless Chromium never fires the real event; we fire one shaped like it.
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: () => {
        (window as unknown as { prompted: number }).prompted = 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(event);
  });
  const button = page.getByRole('button', { name: 'Install the app' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
  await expect(page.getByTestId('install-card')).toHaveCount(0);
});

test('an offer made before the install card loaded is kept for it', async ({ page, server }) => {
  // The browser may offer installation on any page; the card lives on home, loaded later.
  await page.goto(`${server.url}tips`);
  // Before the app has started a link loads a new page, and the offer goes with the old one.
  await appStarted(page);
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: () => Promise.resolve(),
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(event);
    (window as unknown as { prevented: boolean }).prevented = event.defaultPrevented;
  });
  expect(await page.evaluate(() => (window as unknown as { prevented: boolean }).prevented)).toBe(
    true,
  );
  await mainNavLink(page, 'Home').click();
  await expect(page.getByRole('button', { name: 'Install the app' })).toBeVisible();
});

test.describe('on an iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });

  test('Add to Home Screen help shows, since iOS has no install prompt', async ({
    page,
    server,
  }) => {
    await page.goto(server.url);
    const help = page.getByTestId('ios-install-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Add to Home Screen');
  });
});
