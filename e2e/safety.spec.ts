import { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Issue 15: the lock cannot be undone without its passphrase, and guessing tabs all count. */

// Each try derives a key with 600,000 PBKDF2 rounds on purpose; on a busy 2-core machine, with the
// 12-tab test next door, one derivation can take several seconds.
const DERIVATION = { timeout: 45_000 };

async function setPassphrase(page: Page, origin: string, passphrase: string): Promise<void> {
  await page.goto(`${origin}/settings`);
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill(passphrase);
  await form.getByLabel('Type the passphrase again').fill(passphrase);
  await form.getByTestId('understand').check();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('now locked', DERIVATION);
}

/** The vault record read raw from IndexedDB (no Dexie). */
function rawVault(page: Page): Promise<{ failedTries: number } | undefined> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('vault').objectStore('vault').get('vault');
          get.onsuccess = () => {
            resolve(get.result);
            open.result.close();
          };
        };
      }),
  );
}

test('removing the passphrase without the current one is refused', async ({ page, server }) => {
  test.setTimeout(120_000);
  await setPassphrase(page, server.origin, 'orchard lamp seven');
  const remove = page.getByTestId('remove-passphrase');
  await remove.getByLabel('Your current passphrase').fill('somebody guessing');
  await remove.getByRole('button', { name: 'Remove the passphrase' }).click();
  await expect(page.getByTestId('lock-error')).toContainText(
    'not your current passphrase',
    DERIVATION,
  );
  expect(await rawVault(page)).toBeDefined();
  // Nothing typed at all is refused as well.
  await remove.getByRole('button', { name: 'Remove the passphrase' }).click();
  await expect(page.getByTestId('lock-error')).toBeVisible();
  await expect(remove.getByRole('button', { name: 'Remove the passphrase' })).toBeEnabled(
    DERIVATION,
  );
  expect((await rawVault(page))?.failedTries).toBe(2);

  await remove.getByLabel('Your current passphrase').fill('orchard lamp seven');
  await remove.getByRole('button', { name: 'Remove the passphrase' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('removed', DERIVATION);
  expect(await rawVault(page)).toBeUndefined();
});

test('12 tabs guessing at the same moment each count: the counter reaches 12', async ({
  context,
  server,
}) => {
  test.setTimeout(180_000);
  const first = await context.newPage();
  await setPassphrase(first, server.origin, 'orchard lamp seven');
  const pages = [
    first,
    ...(await Promise.all(Array.from({ length: 11 }, () => context.newPage()))),
  ];
  // A fresh load starts locked.
  for (const page of pages) {
    await page.goto(`${server.origin}/notes`);
    await expect(page.getByTestId('unlock-form')).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('a wrong guess');
  }
  await Promise.all(
    pages.map((page) =>
      page.getByTestId('unlock-form').evaluate((form: HTMLFormElement) => form.requestSubmit()),
    ),
  );
  for (const page of pages) {
    await expect(page.getByTestId('unlock-error')).toBeVisible({ timeout: 90_000 });
  }
  expect((await rawVault(first))?.failedTries).toBe(12);
});
