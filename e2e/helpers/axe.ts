import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** WCAG 2.2 A and AA, plus axe's best practices: what every screen must pass. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Relative to the project folder, where Playwright runs (as e2e/app-pages.ts reads public/).
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeWindow {
  axe?: {
    run(
      context: Document,
      options: object,
    ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
  };
}

/**
 * The axe-core violations on the page as it is now, one line each (`rule: selectors`), so a
 * failure names what to fix. axe runs in the page itself, injected once per document: the app
 * has no frames, and @axe-core/playwright's frame-by-frame run opens a fresh page for every
 * check, which tripled the time of each (docs/architecture.md, on keeping the suite fast).
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = WCAG_AA,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const { violations } = await (window as AxeWindow).axe!.run(document, {
      runOnly: { type: 'tag', values },
      // Passes and incomplete checks are what make a run slow to collect and to send back.
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, tags);
}
