import { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Passphrases, tabs, wipes and addresses: nothing here depends on the worker.
test.use({ serviceWorkers: 'block' });

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

/** Every IndexedDB database of the origin, every store, every row, read raw (no Dexie). */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const rows: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        rows.push(`${name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    return rows.join('\n');
  });
}

test('a wipe in one tab reaches the other: what is typed there afterwards is stored nowhere', async ({
  context,
  server,
}) => {
  test.setTimeout(90_000);
  // Time runs as usual; the clock lets the test run out pending timers at once (below).
  await context.clock.install();
  const wiping = await context.newPage();
  const other = await context.newPage();
  await other.goto(`${server.origin}/notes/new`);
  await other.getByTestId('note-text').fill('Written before the wipe');
  await expect(other.getByTestId('note-status')).toContainText('Saved');
  await wiping.goto(`${server.origin}/settings`);
  await wiping.getByTestId('wipe-start').click();

  // The other tab keeps typing, and saving on every change, while the first one wipes: until it
  // restarts (its page goes away), or for a few seconds if it never does.
  const typing = other
    .evaluate(async () => {
      const until = Date.now() + 6000;
      for (let i = 0; Date.now() < until; i++) {
        const box = document.querySelector<HTMLTextAreaElement>('[data-testid="note-text"]');
        if (!box) return 'gone';
        box.value = `Typed after the wipe ${i}`;
        box.dispatchEvent(new Event('input'));
        box.dispatchEvent(new Event('blur'));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return 'still there';
    })
    .catch(() => 'restarted');
  await wiping.getByTestId('wipe-confirm').click();
  expect(await typing).not.toBe('still there');

  // Both tabs show the app as new.
  for (const page of [wiping, other]) {
    await expect(page).toHaveURL(`${server.origin}/`, { timeout: 20_000 });
    await expect(page.locator('main h1')).toBeVisible();
  }
  // Any save still waiting on a timer runs now; reading after it in IndexedDB, whose
  // transactions run in order, then sees whatever it wrote.
  await other.clock.runFor(10_000);
  for (const page of [wiping, other]) {
    const stored = await everythingStored(page);
    expect(stored).not.toContain('Typed after the wipe');
    expect(stored).not.toContain('Written before the wipe');
  }
  for (const page of [wiping, other]) {
    await page.goto(`${server.origin}/notes`);
    await expect(page.getByTestId('no-notes')).toBeVisible();
  }
});

test('after ?q= and a pack link are read, neither location nor history holds them', async ({
  page,
  server,
}) => {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  const note = Buffer.from('Ask for Amina at the desk', 'utf8').toString('base64url');
  await page.goto(`${server.origin}/?lang=en`);
  await page.getByTestId('home-search').fill('zebra secret');
  await page.getByTestId('home-search').press('Enter');
  await expect(page.getByTestId('search-input')).toHaveValue('zebra secret');
  await expect.poll(() => page.evaluate(() => location.href)).toBe(`${server.origin}/search`);

  // Opened as a link: read, searched, then taken out of the address.
  await page.goto(`${server.origin}/search?q=otter%20secret`);
  await expect(page.getByTestId('search-input')).toHaveValue('otter secret');
  await expect.poll(() => page.evaluate(() => location.href)).toBe(`${server.origin}/search`);

  await page.goto(`${server.origin}/share/pack#pack=1.en.t1.${note}`);
  await expect(page.getByTestId('pack-note')).toContainText('Ask for Amina');
  await expect.poll(() => page.evaluate(() => location.href)).toBe(`${server.origin}/share/pack`);
  await page.getByTestId('keep-pack').click();
  await expect(page.getByTestId('pack-kept')).toBeVisible();

  // A kept list opens without ever entering the address.
  const before = seen.length;
  await page.getByTestId('pack-kept').getByRole('link').click();
  await page.getByTestId('kept-lists').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('pack-note')).toContainText('Ask for Amina');
  expect(page.url()).toBe(`${server.origin}/share/pack`);
  expect(seen.slice(before).filter((url) => url.includes('pack='))).toEqual([]);

  // Every entry of this tab's history, as Chromium holds it. Walking back with goBack() was
  // flaky: pages restored from the back-forward cache answer null, and a step can be aborted.
  const cdp = await page.context().newCDPSession(page);
  const history = await cdp.send('Page.getNavigationHistory');
  const entries = history.entries.map((entry) => entry.url);
  // One entry for each page load: the search, the search link, the list (in-app moves replace).
  expect(entries.filter((url) => url.startsWith(server.origin)).length).toBeGreaterThanOrEqual(3);
  for (const url of entries) {
    expect(url).not.toMatch(/secret|pack=|q=/);
  }
});
