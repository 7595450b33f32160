import { Locator, Page, expect } from '@playwright/test';

/**
 * Moves the open app to `path` the way its own links do, without loading the page again: the
 * router follows a history change as it would follow Back. Walks that check many screens (axe,
 * layout) use it after one real load; walks that must prove a cold open (offline) use `goto`.
 * The caller then waits for what the screen must show, such as its heading.
 */
export async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Chooses a text size (100, 125 or 150%) in Settings, in the open app, and waits until it applies. */
export async function chooseTextSize(page: Page, size: '100' | '125' | '150'): Promise<void> {
  await openInApp(page, '/settings');
  await page.getByTestId(`text-size-${size}`).check();
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe(`${(16 * Number(size)) / 100}px`);
}

/**
 * Waits until the app has started on the page (src/app/core/prerender/prerendered-page.ts). A
 * prerendered page shows its text before that, while its controls still do nothing: clicks wait
 * by themselves (the controls take no pointer events), but a select or a keyboard does not.
 */
export async function appStarted(page: Page): Promise<void> {
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/**
 * Waits until what a screen draws once the browser is idle (src/app/shared/ui/idle-after-render.ts:
 * a tip's or guide's sources, the rest of the contacts) is on the page, so checks of the whole
 * screen (axe, touch targets) see all of it. The screen asked for its idle callback when it drew
 * its heading, before this one; the frame after this one follows its render.
 */
export async function idleDrawn(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestAnimationFrame(() => setTimeout(done))),
      ),
  );
}

/** How many times the page has loaded a document: 1 after the first `goto`, 2 after a reload. */
export function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

/** A link of the app's main navigation (the bottom bar), by its visible name. */
export function mainNavLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}
