import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';
import { deploy, makeTwoVersions } from './helpers/versions';

test('a new deploy shows the update banner, and Reload lands on the new version', async ({
  page,
  serveFolder,
}) => {
  const versions = await makeTwoVersions();
  const server = await serveFolder(versions.live);
  try {
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    const build = () =>
      page.evaluate(() =>
        document.querySelector('meta[name="app-build"]')?.getAttribute('content'),
      );
    expect(await build()).toBeUndefined();

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
  } finally {
    await server.stop();
    await versions.cleanUp();
  }
});
