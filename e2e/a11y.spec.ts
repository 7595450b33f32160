import { Page } from '@playwright/test';
import { AXE_EVERY_SCREEN, axePagesIn, headingText, languageWalks } from './app-pages';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { appStarted, idleDrawn, mainNavLink, openInApp } from './helpers/in-app';

test.describe('axe-core', () => {
  // What is checked is the screen, not caching: no worker installing in the background.
  test.use({ serviceWorkers: 'block' });
  for (const languages of languageWalks(AXE_EVERY_SCREEN)) {
    const codes = languages.map(({ code }) => code);
    const screens = codes.reduce((sum, code) => sum + axePagesIn(code).length, 0);
    const touch = codes.some((code) => AXE_EVERY_SCREEN.has(code));
    const checks = touch ? 'no violation and no touch target under 44 px' : 'no violation';
    test(`finds ${checks} in ${codes.join(', ')} (${screens} screens and search results)`, async ({
      page,
      server,
    }) => {
      // About 1 s a screen here (an in-app move and an axe run); CI runs about twice as slow.
      test.setTimeout(30_000 + (screens + codes.length) * 3_000);
      for (const code of codes) {
        await page.goto(`${server.origin}/?lang=${code}`);
        await expect(page.locator('html')).toHaveAttribute('lang', code);
        // A page held back (a language is stored from the walk before) is drawn afresh by the
        // app, which first empties it: axe must see the app's page, not that moment.
        await appStarted(page);
        for (const { path, heading } of axePagesIn(code)) {
          await openInApp(page, path);
          await expect(page.locator('main h1'), path).toHaveText(headingText(heading, code));
          await idleDrawn(page);
          expect(await axeViolations(page), `${path} in ${code}`).toEqual([]);
          if (AXE_EVERY_SCREEN.has(code)) {
            expect(await smallTouchTargets(page), `touch targets on ${path} in ${code}`).toEqual(
              [],
            );
            // Only the shell's scroller moves: the header, with Exit, never scrolls away.
            const documentScrolls = await page.evaluate(
              () => document.scrollingElement!.scrollHeight > innerHeight,
            );
            expect(documentScrolls, `the document scrolls on ${path} in ${code}`).toBe(false);
          }
        }
        // Search results in every language (the screen above, if walked, had none to show).
        await openInApp(page, '/search?q=eVisa');
        await expect(
          page.getByTestId('search-results').getByTestId('search-result').first(),
        ).toBeVisible();
        expect(await axeViolations(page), `search results in ${code}`).toEqual([]);
      }
    });
  }
});

test('the skip link moves focus to the main content', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.locator('main h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('after in-app navigation focus moves to the new heading', async ({ page, server }) => {
  await page.goto(server.url);
  await mainNavLink(page, 'Guides').click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page).toHaveTitle('Guides · Digital Sanctuary');
});

/** Links, buttons and selects on screen smaller than 44 px either way (the skip link aside). */
function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, select')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ el, box }) =>
          `${el.textContent?.trim()} ${Math.round(box.width)}x${Math.round(box.height)}`,
      ),
  );
}
