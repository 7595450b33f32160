import { expect, test } from './fixtures';

// A first visit's layout: the worker, which installs after it, plays no part.
test.use({ serviceWorkers: 'block' });

// Nothing moves once painted: late content (highlights, tip progress, fonts) has its room kept.
// Measured on a first visit, at 360x740, after the late chunks and files have arrived.
for (const lang of ['en', 'ar']) {
  for (const path of ['/', '/tips', '/guides/subject-access-request']) {
    test(`${path} in ${lang} does not shift after the first paint`, async ({ page, server }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.origin}${path}?lang=${lang}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      // One more frame, so a shift from the last response is recorded.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))),
      );
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      const total = shifts.reduce((sum, value) => sum + value, 0);
      expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThanOrEqual(0.01);
    });
  }
}
