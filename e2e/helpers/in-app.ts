import { Page } from '@playwright/test';

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
