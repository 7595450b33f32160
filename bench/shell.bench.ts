import { gzipSync } from 'node:zlib';
import { expect, test } from '../e2e/fixtures';
import { waitUntilOfflineReady } from '../e2e/helpers/service-worker';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test.describe('first visit', () => {
  test.use({ serviceWorkers: 'block' });

  test('initial JS + CSS + HTML of the home route', async ({ page, server }) => {
    const sizes: { url: string; raw: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (!['document', 'script', 'stylesheet'].includes(type)) return;
      const body = await response.body();
      sizes.push({ url: response.url(), raw: body.length, gzip: gzipSync(body).length });
    });
    await page.goto(server.url);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
    const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(
      `home route, ${sizes.length} files: ${kB(raw)} raw, ${kB(gzip)} gzip (target <= 90 kB gzip)`,
    );
    for (const s of sizes)
      console.log(`  ${new URL(s.url).pathname.padEnd(28)} ${kB(s.gzip)} gzip`);
  });
});

test('offline cache size and reopening home with the server stopped', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  const cache = await page.evaluate(async () => {
    let bytes = 0;
    let entries = 0;
    for (const name of await caches.keys()) {
      const store = await caches.open(name);
      for (const request of await store.keys()) {
        const response = await store.match(request);
        bytes += (await response!.blob()).size;
        entries++;
      }
    }
    const estimate = await navigator.storage.estimate();
    return { bytes, entries, usage: estimate.usage ?? 0 };
  });
  console.log(
    `offline cache: ${cache.entries} files, ${kB(cache.bytes)} of responses; origin storage in use ${kB(cache.usage)}`,
  );

  await server.stop();
  // Time from the start of navigation to the home heading in the DOM, measured by the page itself,
  // plus the wall-clock time Playwright sees (which adds opening a tab and its own round trips).
  await context.addInitScript(() => {
    const mark = () => {
      if (document.querySelector('main h1')) {
        (window as unknown as { headingAt: number }).headingAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(mark);
    observer.observe(document, { subtree: true, childList: true });
  });
  const inPage: number[] = [];
  const wallClock: number[] = [];
  for (let run = 0; run < 7; run++) {
    const tab = await context.newPage();
    const start = performance.now();
    await tab.goto(server.url);
    await tab.locator('main h1').waitFor();
    wallClock.push(performance.now() - start);
    inPage.push(await tab.evaluate(() => (window as unknown as { headingAt: number }).headingAt));
    await tab.close();
  }
  const list = (values: number[]) => values.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `reopen home offline, 7 runs: median ${median(inPage).toFixed(0)} ms from navigation start to ` +
      `the heading (target <= 300 ms); runs ${list(inPage)} ms`,
  );
  console.log(
    `  as Playwright sees it (new tab + goto + wait): median ${median(wallClock).toFixed(0)} ms; ` +
      `runs ${list(wallClock)} ms`,
  );
});
