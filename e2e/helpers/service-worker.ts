import { Page, expect } from '@playwright/test';

/**
 * Waits until the service worker holds every prefetched file, then reloads once through it.
 * Going offline any earlier makes the worker answer 504 and degrade to EXISTING_CLIENTS_ONLY;
 * neither `serviceWorker.ready`, `controller` nor a NORMAL `/ngsw/state` is enough.
 */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  await waitForPrefetch(page);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'reload served by the service worker').toBe(true);
}

/** Waits until the service worker holds every file of its prefetch groups. */
export async function waitForPrefetch(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const response = await fetch(`/ngsw.json?ngsw-cache-bust=${Math.random()}`);
          const manifest = (await response.json()) as {
            assetGroups: { installMode: string; urls: string[] }[];
          };
          const wanted = manifest.assetGroups
            .filter((group) => group.installMode === 'prefetch')
            .flatMap((group) => group.urls);
          const missing: string[] = [];
          for (const url of wanted) if (!(await caches.match(url))) missing.push(url);
          return missing;
        }),
      { timeout: 30_000, intervals: [200], message: 'prefetched files missing from Cache Storage' },
    )
    .toEqual([]);
}

/** The worker's own health report; `Driver state: NORMAL` means it serves from its cache. */
export function driverState(page: Page): Promise<string> {
  return page.evaluate(() => fetch('/ngsw/state').then((r) => r.text()));
}
