import AxeBuilder from '@axe-core/playwright';
import { LANGUAGE_CODES, PAGES, pagesToWalkIn } from './app-pages';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const code of LANGUAGE_CODES) {
  const pages = pagesToWalkIn(code);
  test(`axe-core finds no violation in ${code} (${pages.length} screens)`, async ({
    page,
    server,
  }) => {
    // A few seconds each for axe on a slow machine.
    test.setTimeout(30_000 + pages.length * 6_000);
    for (const { path } of pages) {
      await page.goto(`${server.origin}${path}?lang=${code}`);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(summary, `${path} in ${code}`).toEqual([]);
    }
  });
}

test('touch targets are at least 44 px', async ({ page, server }) => {
  for (const { path } of PAGES) {
    await page.goto(server.origin + path);
    await expect(page.locator('main h1')).toBeVisible();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, select')]
        .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(
          ({ el, box }) =>
            `${el.textContent?.trim()} ${Math.round(box.width)}x${Math.round(box.height)}`,
        ),
    );
    expect(small, path).toEqual([]);
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
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Guides' })
    .click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page).toHaveTitle('Guides · Digital Sanctuary');
});
