import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { BUILD_DIR, expect, test } from '../e2e/fixtures';
import { median } from './median';
import { waitUntilOfflineReady } from '../e2e/helpers/service-worker';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

test.describe('first visit', () => {
  test.use({ serviceWorkers: 'block' });

  test('initial JS + CSS + HTML of the home route', async ({ page, server }) => {
    // The first bundle is what index.html names (the document, with the stylesheet inside it,
    // scripts/inline-stylesheet.mjs; main and its modulepreloads); everything else is fetched
    // later, by @defer blocks and lazy routes.
    const html = readFileSync(`${BUILD_DIR}/index.html`, 'utf8');
    const first = new Set(
      [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => `/${m[1]}`),
    );
    const sizes: { path: string; raw: number; gzip: number; later: boolean }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (!['document', 'script', 'stylesheet'].includes(type)) return;
      const path = new URL(response.url()).pathname;
      const later = type !== 'document' && !first.has(path);
      pending.push(
        response.body().then((body) => {
          sizes.push({ path, raw: body.length, gzip: gzipSync(body).length, later });
        }),
      );
    });
    await page.goto(server.url);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (list: typeof sizes, key: 'raw' | 'gzip') => list.reduce((t, s) => t + s[key], 0);
    const initial = sizes.filter((s) => !s.later);
    const after = sizes.filter((s) => s.later);
    console.log(
      `home route, first bundle (${initial.length} files): ${kB(sum(initial, 'raw'))} raw, ` +
        `${kB(sum(initial, 'gzip'))} gzip = ${sum(initial, 'gzip')} bytes ` +
        `(target <= 90 kB = ${90 * 1024} bytes gzip)`,
    );
    for (const s of initial) console.log(`  ${s.path.padEnd(28)} ${kB(s.gzip)} gzip`);
    console.log(
      `  then fetched after the first paint (${after.length} files: tips, urgent contacts, ` +
        `Dexie): ${kB(sum(after, 'gzip'))} gzip`,
    );
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
      `the heading (target <= 150 ms); runs ${list(inPage)} ms`,
  );
  console.log(
    `  as Playwright sees it (new tab + goto + wait): median ${median(wallClock).toFixed(0)} ms; ` +
      `runs ${list(wallClock)} ms`,
  );
});

test('a 30-second first visit: requests, and bytes before the heading and by network idle', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(90_000);
  // Page and worker requests that reach the network (a page request the worker answers from its
  // cache is not counted), with the bytes on the wire.
  const counts = new Map<string, number>();
  const wire: { at: number; bytes: number }[] = [];
  const t0 = Date.now();
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.origin) return;
    const response = await request.response();
    if (!request.serviceWorker() && response?.fromServiceWorker()) return;
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const sizes = await request.sizes().catch(() => undefined);
    wire.push({ at: Date.now() - t0, bytes: sizes?.responseBodySize ?? 0 });
  });
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  // When the heading was painted, on this clock: the first contentful paint. On a first visit
  // home comes prerendered (docs/prerendering.md), so that is before main has arrived, not when
  // the heading is found in the DOM after the load event.
  const headingAt =
    (await page.evaluate(
      () =>
        performance.timeOrigin +
        performance.getEntriesByName('first-contentful-paint')[0].startTime,
    )) - t0;
  await page.waitForLoadState('networkidle');
  const idleAt = Date.now() - t0;
  await page.waitForTimeout(Math.max(0, 30_000 - (Date.now() - t0)));
  const sum = (until: number) =>
    wire.filter((w) => w.at <= until).reduce((total, w) => total + w.bytes, 0);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [top, times] = [...counts].sort((a, b) => b[1] - a[1])[0];
  console.log(
    `first visit, 30 s: ${total} requests for ${counts.size} files; most repeated ${top} x${times}`,
  );
  console.log(
    `  bytes on the wire (compressed) before the home heading: ${kB(sum(headingAt))}; ` +
      `by network idle (${idleAt} ms): ${kB(sum(idleAt))}; in 30 s, with the worker's prefetch: ` +
      `${kB(sum(Infinity))}`,
  );
});
