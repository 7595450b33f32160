import { Page } from '@playwright/test';
import { contentTexts } from './app-pages';
import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';

interface Texts {
  tips: Record<string, { title: string }>;
}
const tipTitle = (code: string, id: string) =>
  (contentTexts(code) as unknown as Texts).tips[id].title;

/** One online visit in each language, as a reader on a shelter's wifi would make. */
async function visitOnline(page: Page, origin: string, codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    await page.goto(`${origin}/tips?lang=${code}`);
    await waitUntilOfflineReady(page);
    await expect
      .poll(() => page.evaluate(async (c) => !!(await caches.match(`/content/${c}.json`)), code))
      .toBe(true);
  }
}

/** Whether a face of `family` has loaded and draws the page's first heading. */
const drawnIn = (page: Page, family: string) =>
  page.evaluate(async (wanted) => {
    await document.fonts.ready;
    const heading = document.querySelector('main h1')!;
    const first = getComputedStyle(heading).fontFamily.split(',')[0].replace(/["']/g, '').trim();
    const loaded = [...document.fonts].some(
      (f) => f.family.includes(wanted) && f.status === 'loaded',
    );
    return first === wanted && loaded;
  }, family);

test('Urdu is drawn in Nastaliq and Dari in Naskh, with the host stopped after one visit', async ({
  page,
  server,
}) => {
  await visitOnline(page, server.origin, ['ur', 'prs']);
  await server.stop();

  await page.goto(`${server.origin}/tips/protect-your-phone?lang=ur`);
  await expect(page.locator('main h1')).toHaveText(tipTitle('ur', 'protect-your-phone'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => drawnIn(page, 'Noto Nastaliq Urdu')).toBe(true);
  // Nastaliq's tall letters need room: lines at least twice the text size, so no dot is clipped.
  const spacing = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('main p')!);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });
  expect(spacing).toBeGreaterThanOrEqual(2);

  await page.goto(`${server.origin}/tips/protect-your-phone?lang=prs`);
  await expect(page.locator('main h1')).toHaveText(tipTitle('prs', 'protect-your-phone'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'prs');
  await expect.poll(() => drawnIn(page, 'Noto Naskh Arabic')).toBe(true);
});

/** Vietnamese as typed on a keyboard without tones: "Bảo vệ điện thoại" becomes "bao ve dien thoai". */
const withoutTones = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

test('search finds pages in Bengali, and in Vietnamese typed without tones, offline', async ({
  page,
  server,
}) => {
  await visitOnline(page, server.origin, ['bn', 'vi']);
  await server.stop();
  const tip = page
    .getByTestId('search-results')
    .getByTestId('search-result')
    .and(page.locator('[href="/tips/protect-your-phone"]'));

  await page.goto(`${server.origin}/search?lang=bn`);
  // "ফোন ও অ্যাকাউন্ট" (phone and accounts), as in the tip's title.
  await page.getByTestId('search-input').fill('ফোন অ্যাকাউন্ট');
  await expect(tip).toHaveText(tipTitle('bn', 'protect-your-phone'));

  await page.goto(`${server.origin}/search?lang=vi`);
  const title = tipTitle('vi', 'protect-your-phone');
  const typed = withoutTones(title).toLowerCase();
  expect(typed).not.toBe(title.toLowerCase());
  await page.getByTestId('search-input').fill(typed);
  await expect(tip).toHaveText(title);
});
