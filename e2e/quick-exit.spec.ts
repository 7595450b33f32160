import { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

/** The neutral site is on the internet; here a stand-in page answers for it. */
async function standInForNeutralSite(page: Page): Promise<void> {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

test('the exit button is on every screen and leaves for the neutral site', async ({
  page,
  server,
}) => {
  await standInForNeutralSite(page);
  for (const path of ['/', '/tips', '/contacts', '/settings']) {
    await page.goto(server.origin + path);
    await expect(page.getByTestId('quick-exit')).toBeVisible();
  }
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('Shift pressed three times leaves; Back does not walk through the app', async ({
  page,
  server,
}) => {
  await standInForNeutralSite(page);
  await page.goto('about:blank');
  await page.goto(server.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Tips', 'Guides', 'Contacts']) {
    await nav.getByRole('link', { name }).click();
    await expect(page.locator('main h1')).toBeVisible();
  }
  // Each in-app page replaced the one before: one history entry for the whole visit.
  expect(await page.evaluate(() => history.length)).toBe(2);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/contacts$/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);

  await page.goBack();
  expect(page.url()).not.toContain(server.origin);
});

test('a custom exit page from Settings is used; unsafe ones are refused', async ({
  page,
  server,
}) => {
  await page.route('https://news.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>News</h1>' }),
  );
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'https://news.example/today'));
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://news.example/today');

  await standInForNeutralSite(page);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'javascript:alert(1)'));
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
});
