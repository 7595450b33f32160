import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { median } from './median';
import { FIRST_VISIT_PAGES as PAGES } from './pages.mjs';

/**
 * What a cheap phone feels on a first visit, measured without Lighthouse's model: Chromium itself
 * slowed 4x (DevTools' CPU throttling) on Lighthouse's slow 4G as DevTools throttling applies it
 * (562.5 ms a request, which stands for its 150 ms round trip; 1474.56 kbit/s down, 675 up), at
 * 360x740 as a touch phone, with the page's own Long Tasks API and no tracing. Blocking time is
 * what Lighthouse's TBT sums, the part over 50 ms of what each task runs after the first paint,
 * but of tasks that really ran at that speed, where Lighthouse multiplies the tasks of an
 * unthrottled, traced load by four (README, "Performance").
 */
const RUNS = Number(process.env['FELT_RUNS'] ?? 5);
/** The page is done starting when no long task came for this long. */
const QUIET_MS = 3000;
const BUSY_LIMIT_MS = 20_000;

interface Felt {
  blocking: number;
  longest: number;
  tasks: number;
  firstPaint: number;
}

async function firstVisit(context: BrowserContext, url: string): Promise<Felt> {
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1474.56 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await page.goto(url);
  await expect(page.locator('main h1')).toBeVisible();
  for (let waited = 0; waited < BUSY_LIMIT_MS; waited += 500) {
    await page.waitForTimeout(500);
    const felt = await page.evaluate((quiet) => {
      const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
      const lastEnd = Math.max(0, ...tasks.map(([start, duration]) => start + duration));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (!paint || performance.now() - lastEnd < quiet) return undefined;
      // A task under way at the first paint counts from the paint on, as in Lighthouse.
      const after = tasks
        .map(([start, duration]) => start + duration - Math.max(start, paint.startTime))
        .filter((duration) => duration > 0);
      return {
        blocking: after.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
        longest: Math.max(0, ...after),
        tasks: after.filter((duration) => duration > 50).length,
        firstPaint: paint.startTime,
      };
    }, QUIET_MS);
    if (felt) return felt;
  }
  throw new Error(`${url}: no first paint, or still busy after ${BUSY_LIMIT_MS} ms`);
}

test('blocking time a first visit makes at 4x CPU on slow 4G (Long Tasks API, no tracing)', async ({
  browser,
  server,
}) => {
  test.setTimeout(RUNS * PAGES.length * 40_000);
  const ms = (value: number) => `${Math.round(value)} ms`;
  const rows: string[] = [];
  for (const path of PAGES) {
    const runs: Felt[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      try {
        runs.push(await firstVisit(context, new URL(path, server.url).href));
      } finally {
        await context.close();
      }
    }
    // Each column is the median of its own figures.
    rows.push(
      `| ${path} | ${ms(median(runs.map((r) => r.blocking)))} ` +
        `(${runs.map((r) => Math.round(r.blocking)).join(' / ')}) | ` +
        `${ms(median(runs.map((r) => r.longest)))} | ${median(runs.map((r) => r.tasks))} | ` +
        `${ms(median(runs.map((r) => r.firstPaint)))} |`,
    );
  }
  console.log(
    `\nFelt at 4x CPU on slow 4G, first visit, median of ${RUNS} (after the first paint; ` +
      'target for blocking, as for TBT: <= 50 ms)\n' +
      '| page | blocking (runs) | longest task | tasks over 50 ms | first paint |\n' +
      '|---|---|---|---|---|\n' +
      rows.join('\n'),
  );
});
