import { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { countLoads, mainNavLink } from './helpers/in-app';

// No service worker here: this is the first visit on a flaky network, before anything is cached.
test.use({ serviceWorkers: 'block' });

/**
 * Opens home and waits for all of its first screen, highlights included (they come in a chunk of
 * their own after the first paint): a file still on its way when a test cuts the connection would
 * fail and take the one automatic reload first. Returns what the page has fetched.
 */
async function openHomeFully(page: Page, url: string): Promise<Set<string>> {
  await page.goto(url);
  await expect(page.getByTestId('urgent-contacts').getByRole('link').first()).toBeVisible();
  return new Set(
    await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
  );
}

const openTips = (page: Page) => mainNavLink(page, 'Tips').click();

test('a lazy part that fails to load leads to one reload, then a message, never a loop', async ({
  page,
  server,
}) => {
  const loads = countLoads(page);
  const initial = await openHomeFully(page, server.url);

  // From now on every lazy chunk fails, as on a connection that just dropped.
  await page.route(/\/chunk-[\w-]+\.js$/, (route) =>
    initial.has(route.request().url()) ? route.fallback() : route.abort('internetdisconnected'),
  );

  await openTips(page);
  await expect(page.getByTestId('reload-notice')).toContainText('Part of the app did not load');
  await expect.poll(loads, { message: 'one automatic reload' }).toBe(2);

  await expect(page.locator('main h1')).toBeVisible();
  // Time runs as usual; the clock lets the test run out any pending timer at once, not wait.
  await page.clock.install();
  await openTips(page);
  const notice = page.getByTestId('reload-notice');
  await expect(notice).toContainText('Check your internet');
  // Whatever the app might have scheduled for the next minute runs now; the page is still the
  // same document afterwards, so no timer reloaded it.
  const documentStart = () => page.evaluate(() => performance.timeOrigin);
  const before = await documentStart();
  await page.clock.runFor(60_000);
  expect(await documentStart(), 'no second automatic reload').toBe(before);
  expect(loads(), 'no second automatic reload').toBe(2);
  await expect(page.locator('main h1')).toBeVisible();

  // Connection back: "Try again" reloads and the page opens.
  await page.unroute(/\/chunk-[\w-]+\.js$/);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(loads).toBe(3);
  await openTips(page);
  await expect(page.locator('main h1')).toHaveText('Tips');
});

test('a cold open whose route files fail still shows the app, with Exit and a message', async ({
  page,
  server,
}) => {
  // The first screen is routed before the first render (src/app/app.config.ts): a route that
  // cannot load must not hold back the header with its Exit button.
  const loads = countLoads(page);
  const firstBundle = await (await fetch(server.url)).text();
  await page.route(/\/chunk-[\w-]+\.js$/, (route) =>
    firstBundle.includes(new URL(route.request().url()).pathname.slice(1))
      ? route.fallback()
      : route.abort('internetdisconnected'),
  );
  await page.goto(`${server.origin}/tips`);
  await expect(page.getByTestId('reload-notice')).toContainText('Check your internet');
  expect(loads(), 'one automatic reload, then the message').toBe(2);
  await expect(page.getByRole('button', { name: 'Exit' })).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Your data, your rights');
});

test('offline on a first visit, a page that cannot load is said, not reloaded into an error page', async ({
  page,
  server,
}) => {
  const loads = countLoads(page);
  await openHomeFully(page, server.url);
  await expect(page.getByTestId('reload-notice')).toHaveCount(0);

  await page.context().setOffline(true);
  await page.clock.install();
  await openTips(page);
  const notice = page.getByTestId('reload-notice');
  await expect(notice).toContainText('Check your internet');
  // No reload was tried or scheduled (the guard records a try before it schedules one).
  expect(await page.evaluate(() => sessionStorage.getItem('ds.reload-attempt'))).toBeNull();
  await page.clock.runFor(60_000);
  expect(loads(), 'no reload while offline').toBe(1);
  await expect(page.locator('main h1')).toHaveText('Your data, your rights');
  await expect(page.getByRole('button', { name: 'Exit' })).toBeVisible();

  // "Try again" while still offline waits for the connection instead of loading an error page.
  await notice.getByRole('button', { name: 'Try again' }).click();
  await page.clock.runFor(5_000);
  expect(loads(), 'no reload while still offline').toBe(1);
  // Connection back: the page reloads, and the route opens.
  await page.context().setOffline(false);
  await expect.poll(loads).toBe(2);
  await openTips(page);
  await expect(page.locator('main h1')).toHaveText('Tips');
});

/**
 * Online as far as the phone knows, no worker yet (so a reload would come from the server), and
 * every new request fails in one way: the notice says what the reader can do about it.
 */
const serverFailures: { title: string; fail: (route: Route) => Promise<void>; says: string }[] = [
  {
    // A weak link, or a network without internet: nothing gets through.
    title: 'a server that does not answer is asked before reloading, and the page stays',
    fail: (route) => route.abort('internetdisconnected'),
    says: 'Check your internet',
  },
  {
    // The host is up but broken (a bad deploy, an overloaded server): every new file, and the
    // guard's question before reloading, get a 503.
    title: "a server that answers with an error is named as the fault, not the reader's internet",
    fail: (route) => route.fulfill({ status: 503 }),
    says: 'The problem is with the app’s website, not your phone',
  },
];

for (const { title, fail, says } of serverFailures) {
  test(title, async ({ page, server }) => {
    const loads = countLoads(page);
    const initial = await openHomeFully(page, server.url);
    await page.route(
      () => true,
      (route) => (initial.has(route.request().url()) ? route.fallback() : fail(route)),
    );

    await openTips(page);
    const notice = page.getByTestId('reload-notice');
    await expect(notice).toContainText(says);
    for (const other of serverFailures.filter((failure) => failure.says !== says))
      await expect(notice).not.toContainText(other.says);
    expect(loads(), 'no reload into an error page').toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('ds.reload-attempt'))).toBeNull();
    await expect(page.locator('main h1')).toHaveText('Your data, your rights');
  });
}
