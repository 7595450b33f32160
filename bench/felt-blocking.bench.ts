import { expect, test } from '../e2e/fixtures';

/**
 * What a cheap phone feels on a first visit, measured without Lighthouse's model: Chromium itself
 * slowed 4x (DevTools' CPU throttling) on a slow 4G link (150 ms, 1.6 Mbit/s), with the page's own
 * Long Tasks API and no tracing. Blocking time is what Lighthouse's TBT sums, the part of each task
 * over 50 ms after the first paint, but of tasks that really ran at that speed, where Lighthouse
 * multiplies unthrottled, traced tasks by four (README, "Performance").
 */
const PAGES = [
  '/',
  '/tips',
  '/tips/protect-your-phone',
  '/guides/subject-access-request',
  '/contacts',
];
const RUNS = Number(process.env['FELT_RUNS'] ?? 5);
/** The page is done starting when no long task came for this long (Lighthouse waits 5 s). */
const QUIET_MS = 3000;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Felt {
  blocking: number;
  longest: number;
  tasks: number;
  fcp: number;
}

test('blocking time a first visit makes at 4x CPU on slow 4G (Long Tasks API, no tracing)', async ({
  browser,
  server,
}) => {
  test.setTimeout(RUNS * PAGES.length * 30_000);
  const rows: string[] = [];
  for (const path of PAGES) {
    const runs: Felt[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
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
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(new URL(path, server.url).href);
      await expect(page.locator('main h1')).toBeVisible();
      // Done when the last long task ended QUIET_MS ago (or none came in that long).
      let felt: Felt | undefined;
      for (let waited = 0; waited < 20_000 && !felt; waited += 500) {
        await page.waitForTimeout(500);
        felt = await page.evaluate((quiet) => {
          const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
          const lastEnd = Math.max(0, ...tasks.map(([start, duration]) => start + duration));
          if (performance.now() - lastEnd < quiet) return undefined;
          const fcp =
            performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
          const after = tasks.filter(([start]) => start >= fcp);
          return {
            blocking: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
            longest: Math.max(0, ...after.map(([, duration]) => duration)),
            tasks: after.length,
            fcp,
          };
        }, QUIET_MS);
      }
      await context.close();
      expect(felt, `${path}: still busy after 20 s`).toBeDefined();
      runs.push(felt!);
    }
    const ms = (value: number) => `${Math.round(value)} ms`;
    rows.push(
      `| ${path} | ${ms(median(runs.map((r) => r.blocking)))} ` +
        `(${runs.map((r) => Math.round(r.blocking)).join(' / ')}) | ` +
        `${ms(median(runs.map((r) => r.longest)))} | ${median(runs.map((r) => r.tasks))} | ` +
        `${ms(median(runs.map((r) => r.fcp)))} |`,
    );
  }
  console.log(
    `\nFelt at 4x CPU on slow 4G, first visit, median of ${RUNS} (blocking after the first paint)\n` +
      '| page | blocking (runs) | longest task | long tasks | first paint |\n|---|---|---|---|---|\n' +
      rows.join('\n'),
  );
});
