import { expect, test } from './fixtures';

// No service worker here: this is the first visit on a flaky network, before anything is cached.
test.use({ serviceWorkers: 'block' });

test('a lazy part that fails to load leads to one reload, then a message, never a loop', async ({
  page,
  server,
}) => {
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(server.url);
  await expect(page.locator('main h1')).toBeVisible();

  // From now on every lazy chunk fails, as on a connection that just dropped.
  const initial = new Set(
    await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
  );
  await page.route(/\/chunk-[A-Z0-9]+\.js$/, (route) =>
    initial.has(route.request().url()) ? route.fallback() : route.abort('internetdisconnected'),
  );

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tips' }).click();
  await expect(page.getByTestId('reload-notice')).toContainText('Part of the app did not load');
  await expect.poll(() => loads, { message: 'one automatic reload' }).toBe(2);

  await expect(page.locator('main h1')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tips' }).click();
  const notice = page.getByTestId('reload-notice');
  await expect(notice).toContainText('Check your internet');
  await page.waitForTimeout(2500);
  expect(loads, 'no second automatic reload').toBe(2);
  await expect(page.locator('main h1')).toBeVisible();

  // Connection back: "Try again" reloads and the page opens.
  await page.unroute(/\/chunk-[A-Z0-9]+\.js$/);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => loads).toBe(3);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tips' }).click();
  await expect(page.locator('main h1')).toHaveText('Tips');
});
