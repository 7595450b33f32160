import { CONTENT_META, LANGUAGE_CODES } from './app-pages';
import { expect, test } from './fixtures';
import { chooseTextSize, openInApp } from './helpers/in-app';

/** What spills out of, or breaks inside, a button holding a number or an address (styles.css). */
function spilledButtons(wholeWords: boolean): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page');
  for (const button of document.querySelectorAll<HTMLElement>('main .button:has(> bdi)')) {
    const box = button.parentElement!.getBoundingClientRect();
    const own = button.getBoundingClientRect();
    const text = button.textContent!.replace(/\s+/g, ' ').trim();
    if (
      button.scrollWidth > button.clientWidth ||
      own.right > box.right + 0.5 ||
      own.left < box.left - 0.5
    ) {
      found.push(text);
    }
    // At the normal size a one-word label ("Email") fits on a line: it must not be broken to
    // make room beside an address.
    const label = [...button.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
    );
    if (wholeWords && label && !/\s/.test(label.textContent!.trim())) {
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = new Set([...range.getClientRects()].map((rect) => rect.top));
      if (lines.size > 1) found.push(`${text}: its label broken`);
    }
  }
  return found;
}

test('every call and email button fits a 360 px phone in every language and text size', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  // As in reading.spec.ts: one load, then the app's own moves (a text size set in Settings, a
  // language from a link's ?lang=): the contacts and home's urgent numbers, 96 layouts.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.origin}/settings`);
  await expect(page.locator('main h1')).toBeVisible();
  for (const size of ['100', '125', '150'] as const) {
    await chooseTextSize(page, size);
    for (const code of LANGUAGE_CODES) {
      for (const path of ['/contacts', '/']) {
        await openInApp(page, `${path}?lang=${code}`);
        await expect(page.locator('#header-language-current')).toHaveAttribute('lang', code);
        if (path === '/') await expect(page.getByTestId('urgent-contacts')).toBeVisible();
        else {
          await expect(page.locator('main app-contact-card')).toHaveCount(
            CONTENT_META.contacts.length,
          );
        }
        // Cards off screen are skipped by layout until near (content-visibility): asking for
        // their sizes lays them out, as scrolling to them would.
        const spilled = await page.evaluate(spilledButtons, size === '100');
        expect(spilled, `${path} in ${code} at ${size}%`).toEqual([]);
      }
    }
  }
});
