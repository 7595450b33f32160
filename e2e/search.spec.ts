import { Page } from '@playwright/test';
import { contentTexts, translations } from './app-pages';
import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';

// Only the offline search needs the worker; elsewhere its install would only compete for the CPU.
test.use({ serviceWorkers: 'block' });

const results = (page: Page) => page.getByTestId('search-results').getByTestId('search-result');
const guideTitle = (code: string, id: string) =>
  (contentTexts(code) as unknown as Record<string, Record<string, { title: string }>>).guides[id]
    .title;

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('offline, in Arabic, "share code" finds the Arabic guide and opens the exact section', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}?lang=ar`);
    await waitUntilOfflineReady(page);
    await expect
      .poll(() => page.evaluate(async () => !!(await caches.match('/content/ar.json'))))
      .toBe(true);
    await server.stop();

    await page.getByTestId('header-search').click();
    await expect(page.locator('main h1')).toHaveText(translations('ar').get('search.title')!);
    await page.getByTestId('search-input').fill('share code');
    await expect(page.getByTestId('search-count')).toContainText(/\d+/);
    const steps = results(page).and(page.locator('[href="/guides/evisa-and-share-codes#steps"]'));
    await expect(steps).toHaveText(guideTitle('ar', 'evisa-and-share-codes'));
    await expect(steps).toHaveAttribute('lang', 'ar');
    // The matched words are marked, as text.
    await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText(/share/i);
    // The address never keeps the search term (issue 15, finding 8).
    await expect(page).toHaveURL(/\/search$/);

    await steps.click();
    await expect(page).toHaveURL(/\/guides\/evisa-and-share-codes#steps$/);
    const heading = page.locator('#steps h2');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.locator('main h1')).not.toBeInViewport();
  });
});

test('home box, typos, official terms and the result count for screen readers', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByTestId('home-search').fill('NRPF');
  await page.getByTestId('home-search').press('Enter');
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByTestId('search-input')).toHaveValue('NRPF');
  const count = page.getByTestId('search-count');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(count).toHaveText(/^\s*Found: \d+\s*$/);
  await expect(page.getByText('Official term: NRPF').first()).toBeVisible();
  await expect(results(page).first()).toHaveAttribute('href', /\/guides\/police-and-abuse#/);

  await page.getByTestId('search-input').fill('subjekt acess');
  await expect(results(page).first()).toHaveAttribute('href', /subject-access-request/);
  await page.getByTestId('search-input').fill('qqqqxxxx');
  await expect(count).toHaveText(/^\s*Nothing found. Try another word, or fewer words.\s*$/);
});

test('a hostile query is shown as text, never run', async ({ page, server }) => {
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> eVisa';
  await page.goto(`${server.origin}/search?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByTestId('search-input')).toHaveValue(hostile);
  await expect(results(page).first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);
});

test('notes are searched while open, and not while locked', async ({ page, server }) => {
  await page.goto(`${server.origin}/notes`);
  await page.getByTestId('new-note').click();
  await page.getByTestId('note-text').fill('Ask the GP about my hospital letter');
  await expect(page.getByTestId('note-status')).toHaveText('Saved on this phone.');

  await page.getByTestId('header-search').click();
  await page.getByTestId('search-input').fill('hospitl');
  const notes = page.getByTestId('search-notes');
  await expect(notes.getByRole('link')).toHaveText('Ask the GP about my hospital letter');
  await expect(notes.locator('mark').first()).toHaveText('hospital');
  await expect(page.getByTestId('search-notes-locked')).toHaveCount(0);

  await page.goto(`${server.origin}/settings`);
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill('river stone lantern');
  await form.getByLabel('Type the passphrase again').fill('river stone lantern');
  await form.getByTestId('understand').check();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('now locked');

  // A new load starts locked: the key lives in memory only.
  await page.goto(`${server.origin}/search?q=hospital`);
  await expect(page.getByTestId('search-notes-locked')).toBeVisible();
  await expect(page.getByTestId('search-notes')).toHaveCount(0);
  await expect(page.getByTestId('search-count')).toHaveText(/^\s*(Found: \d+|Nothing found.*)\s*$/);

  await page.getByTestId('search-notes-locked').getByRole('link').click();
  await page.getByLabel('Passphrase', { exact: true }).fill('river stone lantern');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByTestId('header-search').click();
  // The last search is kept in memory for this visit.
  await expect(page.getByTestId('search-input')).toHaveValue('hospital');
  await expect(page.getByTestId('search-notes').getByRole('link')).toHaveCount(1);
});

// Search results in every language pass axe-core: checked in the axe walks (e2e/a11y.spec.ts).
