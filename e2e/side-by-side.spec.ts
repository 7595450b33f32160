import { CONTENT_META, contentTexts } from './app-pages';
import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';

// Only the offline tests need the worker; elsewhere its install would only compete for the CPU.
test.use({ serviceWorkers: 'block' });

interface Texts {
  tips: Record<string, { title: string; steps: string[] }>;
  guides: Record<string, { title: string; facts: string[] }>;
}
const en = contentTexts('en') as unknown as Texts;
const ar = contentTexts('ar') as unknown as Texts;
const fa = contentTexts('fa') as unknown as Texts;

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('an adviser reads a tip in English and Arabic pair by pair, offline too', async ({
    page,
    server,
  }) => {
    const tip = CONTENT_META.tips[1].id;
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    // A language's content is cached on its first use; the adviser has used Arabic once.
    await page.goto(`${server.origin}/tips/${tip}?compare=ar`);
    await expect(page.getByTestId('side-by-side')).toContainText(ar.tips[tip].title);
    await server.stop();

    await page.goto(`${server.origin}/tips/${tip}`);
    // Farsi was never opened on this phone: the page says so, instead of English beside English.
    await page.getByTestId('compare-picker').selectOption('fa');
    await expect(page.getByTestId('compare-missing')).toHaveText(
      /Farsi is not on this phone yet\. Open it once with internet/,
    );
    await expect(page.getByTestId('side-by-side')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText(en.tips[tip].title);

    await page.getByTestId('compare-picker').selectOption('ar');
    await expect(page.getByTestId('compare-missing')).toHaveCount(0);
    await expect(page).toHaveURL(/compare=ar/);
    const view = page.getByTestId('side-by-side');
    await expect(view).toBeVisible();
    const titles = view.locator('.row.title .cell');
    await expect(titles.nth(0)).toHaveText(en.tips[tip].title);
    await expect(titles.nth(0)).toHaveAttribute('lang', 'en');
    await expect(titles.nth(0)).toHaveAttribute('dir', 'ltr');
    await expect(titles.nth(1)).toHaveText(ar.tips[tip].title);
    await expect(titles.nth(1)).toHaveAttribute('lang', 'ar');
    await expect(titles.nth(1)).toHaveAttribute('dir', 'rtl');
    const lastStep = en.tips[tip].steps.length - 1;
    await expect(view.getByText(ar.tips[tip].steps[lastStep])).toBeVisible();
    await expect(view.getByText(en.tips[tip].steps[lastStep])).toBeVisible();
    await expect(view.getByRole('heading', { level: 1 })).toHaveCount(1);

    // Back to one language.
    await page.getByTestId('compare-picker').selectOption('');
    await expect(view).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText(en.tips[tip].title);
  });
});

test('on a laptop the two languages stand in columns; on a phone, in stacked pairs', async ({
  page,
  server,
}) => {
  const guide = CONTENT_META.guides[0].id;
  await page.goto(`${server.origin}/guides/${guide}?lang=fa&compare=en`);
  const first = page.getByTestId('side-by-side').locator('.row.item').first();
  await expect(first.locator('[lang="fa"]')).toHaveText(fa.guides[guide].facts[0]);
  await expect(first.locator('[lang="en"]')).toHaveText(en.guides[guide].facts[0]);
  const phone = await first
    .locator('.cell')
    .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(phone[1]).toBeGreaterThan(phone[0]);

  await page.setViewportSize({ width: 1200, height: 800 });
  const laptop = await first
    .locator('.cell')
    .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(laptop[1]).toBe(laptop[0]);
});

test('side by side prints in two columns on one handout', async ({ page, server }) => {
  const tip = CONTENT_META.tips[0].id;
  await page.goto(`${server.origin}/tips/${tip}?compare=ar`);
  await expect(page.getByTestId('side-by-side')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const row = page.getByTestId('side-by-side').locator('.row.title');
  const tops = await row
    .locator('.cell')
    .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(tops[0]).toBe(tops[1]);
  await expect(page.getByTestId('compare-picker')).toBeHidden();
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('Tigrinya uses the bundled Ethiopic font, from our own origin, and keeps it offline', async ({
    page,
    server,
  }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto(`${server.url}?lang=ti`);
    await waitUntilOfflineReady(page);
    const loaded = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (f) => f.family.includes('Noto Sans Ethiopic') && f.status === 'loaded',
        );
      });
    await expect.poll(loaded).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(server.origin))).toBe(true);

    await server.stop();
    await page.goto(`${server.origin}/tips?lang=ti`);
    await expect.poll(loaded).toBe(true);
  });
});
