import { readFileSync } from 'node:fs';
import { translations } from './app-pages';
import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';
import { deploy, makeContentUpdate } from './helpers/versions';

const meta = JSON.parse(readFileSync('public/content/meta.json', 'utf8')) as {
  contentVersion: string;
  versions: { changes: unknown[] }[];
};
const en = translations('en');

// One update, checked twice over: the worker's update flow (banner, Reload, the new build), on
// every host; and what the reader is told when it brings new content (once the e2e test "after an
// update with new content, home says what changed, once" in freshness.spec.ts, which paid for a
// second pair of builds, a second worker install and a second update).
test('a new deploy shows the update banner, and Reload lands on the new version', async ({
  page,
  serveFolder,
}) => {
  // Two tests' work in one (each had 60 s): 14-19 s here on a quiet machine, 25 s on a busy one.
  test.setTimeout(90_000);
  // v1 is this build saying its content is older; v2 is this build with a changed index.html.
  const versions = await makeContentUpdate('2000.1.0');
  const server = await serveFolder(versions.live);
  const count = meta.versions.reduce((sum, v) => sum + v.changes.length, 0);
  const since = en
    .get(`changes.since.${count === 1 ? 'one' : 'other'}`)!
    .replace('{{count}}', String(count));
  try {
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    const build = () =>
      page.evaluate(() =>
        document.querySelector('meta[name="app-build"]')?.getAttribute('content'),
      );
    expect(await build()).toBeUndefined();
    // First visit: nothing happened "since last time", so no link to what changed.
    await expect(page.getByTestId('tip-cards')).toBeVisible();
    await expect(page.getByTestId('changed-link')).toHaveCount(0);

    await deploy(versions.v2, versions.live);
    // The worker looks for a new version on every navigation and keeps serving v1 meanwhile.
    await page.reload();
    expect(await build()).toBeUndefined();
    const banner = page.getByTestId('update-banner');
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner).toContainText('A new version of the app is ready.');

    await banner.getByRole('button', { name: 'Reload now' }).click();
    await expect.poll(build).toBe('v2');
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByTestId('update-banner')).toHaveCount(0);

    // The new content: home says what changed since, once.
    const link = page.getByTestId('changed-link');
    await expect(link).toContainText(since, { timeout: 20_000 });
    await link.getByRole('link').click();
    await expect(page.locator('main h1')).toHaveText(en.get('changes.title')!);
    await expect(page.getByTestId('change')).toHaveCount(count);
    await expect(page.getByTestId('content-version').first()).toContainText(meta.contentVersion);

    // Seen: the link is gone, and stays gone after a reload.
    await page.goto(server.url);
    await expect(page.getByTestId('tip-cards')).toBeVisible();
    await expect(page.getByTestId('changed-link')).toHaveCount(0);
    await page.goto(`${server.origin}/about`);
    await expect(page.getByTestId('content-version')).toHaveText(meta.contentVersion);
  } finally {
    await server.stop();
    await versions.cleanUp();
  }
});
