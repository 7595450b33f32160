import { expect, test } from './fixtures';

// A first visit on a cheap phone: each file is asked for once by the page and at most once more by
// the service worker, and the reader's language is still cached for offline use.
test('a first visit asks for each file at most twice and caches the reader language', async ({
  page,
  context,
  server,
}) => {
  // What goes over the network: the page's own requests and the worker's. A page request that the
  // worker answers is counted once, as the worker's request if it had to fetch.
  const counts = new Map<string, number>();
  let lastRequest = Date.now();
  context.on('request', () => (lastRequest = Date.now()));
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.origin) return;
    if (!request.serviceWorker() && (await request.response())?.fromServiceWorker()) return;
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
  });
  await page.goto(`${server.url}?lang=ar`);
  await expect(page.locator('main h1')).toBeVisible();
  const cached = (path: string) => page.evaluate(async (p) => !!(await caches.match(p)), path);
  await expect.poll(() => cached('/content/ar.json'), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => cached('/i18n/ar.json'), { timeout: 20_000 }).toBe(true);
  // Keep watching until the network has been quiet for two seconds. The old loop fetched about
  // six files a second for thirty seconds: it never went quiet, and would fail here.
  await expect
    .poll(() => Date.now() - lastRequest, {
      timeout: 20_000,
      message: 'the first visit went quiet within 20 seconds',
    })
    .toBeGreaterThan(2_000);

  const repeated = [...counts].filter(([, n]) => n > 2);
  expect(repeated, 'files requested more than twice').toEqual([]);
  expect(counts.get('/content/ar.json'), 'the Arabic content was fetched').toBeGreaterThan(0);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  expect(total, 'requests in 20 seconds').toBeLessThan(200);
});
