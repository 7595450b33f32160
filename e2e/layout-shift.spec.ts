import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CONTENT_META } from './app-pages';

// A first visit's layout: the worker, which installs after it, plays no part.
test.use({ serviceWorkers: 'block' });

/**
 * What a page draws once it is idle (shared/ui/idle-after-render.ts), and how to know it is
 * there: the sources at the foot of a tip or guide, every card on the contacts page.
 */
const drawnWhenIdle: Record<string, (page: Page) => Promise<void>> = {
  '/tips/protect-your-phone': (page) => expect(page.locator('main app-source-list')).toBeVisible(),
  '/guides/subject-access-request': (page) =>
    expect(page.locator('main app-source-list')).toBeVisible(),
  '/contacts': (page) =>
    expect(page.locator('main app-contact-card')).toHaveCount(CONTENT_META.contacts.length),
};

// Nothing moves once painted: late content (highlights, tip progress, fonts, what is drawn when
// idle) has its room kept or comes below the screen. Measured on a first visit, at 360x740, after
// the late chunks and files have arrived.
for (const lang of ['en', 'ar']) {
  for (const path of ['/', '/tips', ...Object.keys(drawnWhenIdle)]) {
    test(`${path} in ${lang} does not shift after the first paint`, async ({ page, server }) => {
      await page.addInitScript(() => {
        interface Shift {
          value: number;
          moved: string;
        }
        type ShiftEntry = PerformanceEntry & {
          value: number;
          sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const shifts: Shift[] = [];
        (window as unknown as { shifts: Shift[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as ShiftEntry[]) {
            // What moved, from where to where: a failure names it.
            const moved = (entry.sources ?? [])
              .map(
                (s) =>
                  `${(s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName} ` +
                  `y ${s.previousRect.y}->${s.currentRect.y} h ${s.previousRect.height}->${s.currentRect.height}`,
              )
              .join('; ');
            shifts.push({
              value: entry.value,
              moved: `${Math.round(entry.startTime)} ms: ${moved}`,
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.origin}${path}?lang=${lang}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await drawnWhenIdle[path]?.(page);
      // One more frame, so a shift from the last response is recorded.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))),
      );
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; moved: string }[] }).shifts,
      );
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      const report = shifts.map((shift) => `${shift.value.toFixed(3)} at ${shift.moved}`);
      expect(total, `layout shifts:\n${report.join('\n')}`).toBeLessThanOrEqual(0.01);
    });
  }
}
