import { Page } from '@playwright/test';
import { CONTENT_META } from './app-pages';
import { expect, test } from './fixtures';
import { seedPlainNotes } from './helpers/seed-notes';
import { waitUntilOfflineReady } from './helpers/service-worker';
import { mainNavLink } from './helpers/in-app';

// Only the offline test and the wipe (which must remove the worker's caches) need the worker.
test.use({ serviceWorkers: 'block' });

/** Opens Notes in-app when the app is open (a reload would lock the notes), else loads it. */
async function openNotes(page: Page, origin: string): Promise<void> {
  if (page.url().startsWith(origin)) {
    await mainNavLink(page, 'Notes').click();
  } else {
    await page.goto(`${origin}/notes`);
  }
  await expect(page.locator('main h1')).toHaveText('Notes');
}

async function writeNote(page: Page, origin: string, text: string): Promise<void> {
  await openNotes(page, origin);
  await page.getByTestId('new-note').click();
  await page.getByTestId('note-text').fill(text);
  await expect(page.getByTestId('note-status')).toHaveText('Saved on this phone.');
  await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
}

/** Everything stored in the app's IndexedDB notes table, read raw from the page. */
function rawNotes(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(JSON.stringify(all.result));
            open.result.close();
          };
        };
      }),
  );
}

async function setPassphrase(page: Page, origin: string, passphrase: string): Promise<void> {
  await page.goto(`${origin}/settings`);
  await expect(page.getByTestId('set-passphrase')).toBeVisible();
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill(passphrase);
  await form.getByLabel('Type the passphrase again').fill(passphrase);
  await form.getByTestId('understand').check();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('now locked');
}

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('notes survive a reload and work offline; search finds them', async ({ page, server }) => {
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    await writeNote(page, server.origin, 'Ask the GP about my records');
    await writeNote(page, server.origin, 'Bring passport copy on Tuesday');

    await page.reload();
    await expect(page.getByTestId('note-text')).toHaveValue('Bring passport copy on Tuesday');

    await server.stop();
    await page.goto(`${server.origin}/notes`);
    await expect(page.getByTestId('note-list').getByRole('link')).toHaveCount(2);
    await page.getByTestId('note-search').fill('gp records');
    await expect(page.getByTestId('note-list').locator('.headline')).toHaveText([
      'Ask the GP about my records',
    ]);
    await page.getByTestId('note-search').fill('nothing like this');
    await expect(page.getByTestId('no-notes')).toBeVisible();
  });
});

test('a note hangs on a tip and shows there; deleting asks first', async ({ page, server }) => {
  const tip = CONTENT_META.tips[1].id;
  await page.goto(`${server.origin}/tips/${tip}`);
  await page.getByRole('link', { name: 'Add a note about this' }).click();
  await expect(page.getByTestId('note-about')).toHaveValue(`tips/${tip}`);
  await page.getByTestId('note-text').fill('Send the SAR form next week');
  await expect(page.getByTestId('note-status')).toHaveText('Saved on this phone.');

  await page.goto(`${server.origin}/tips/${tip}`);
  const mine = page.getByTestId('notes-about');
  await expect(mine.getByRole('link', { name: 'Send the SAR form next week' })).toBeVisible();

  await mine.getByRole('link', { name: 'Send the SAR form next week' }).click();
  await page.getByTestId('delete-note').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page).toHaveURL(/\/notes$/);
  await expect(page.getByTestId('no-notes')).toBeVisible();
});

test('with a passphrase nothing readable is stored; lock, wrong and right passphrase', async ({
  page,
  server,
}) => {
  await writeNote(page, server.origin, 'The hidden address is 12 Elm Road');
  await setPassphrase(page, server.origin, 'river stone lantern');
  await writeNote(page, server.origin, 'Second secret about Elm Road');

  await openNotes(page, server.origin);
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('unlock-form')).toBeVisible();
  const raw = await rawNotes(page);
  expect(raw).not.toContain('Elm Road');
  expect(raw).toContain('sealed');

  // A tip opened afresh (as from a link) says the notes are locked, and lists none.
  await page.goto(`${server.origin}/tips/${CONTENT_META.tips[0].id}`);
  const about = page.getByTestId('notes-about');
  await expect(about).toContainText('Your notes are locked');
  await expect(about.getByRole('link', { name: /Elm Road/ })).toHaveCount(0);
  await openNotes(page, server.origin);
  await expect(page.getByTestId('unlock-form')).toBeVisible();

  await page.getByLabel('Passphrase', { exact: true }).fill('wrong guess');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('unlock-error')).toContainText('not right');
  await expect(page.getByTestId('note-list')).toHaveCount(0);

  await page.getByLabel('Passphrase', { exact: true }).fill('river stone lantern');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('note-list').getByRole('link')).toHaveCount(2);

  // Leaving the app (hidden) locks it again.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByTestId('unlock-form')).toBeVisible();
});

test('two tabs see the same notes', async ({ context, server }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto(`${server.origin}/notes`);
  await expect(second.getByTestId('no-notes')).toBeVisible();
  await writeNote(first, server.origin, 'Written in the first tab');
  await expect(second.getByTestId('note-list').locator('.headline')).toHaveText([
    'Written in the first tab',
  ]);
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('wipe deletes every note, setting, cache and database of the app', async ({
    page,
    server,
  }) => {
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    await writeNote(page, server.origin, 'Something to wipe');
    await page.evaluate(async () => {
      localStorage.setItem('ds.exitUrl', 'https://news.example/');
      sessionStorage.setItem('marker', '1');
      await (await caches.open('marker-cache')).put('/marker', new Response('x'));
    });
    const registration = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.active?.scriptURL;
    });
    expect(registration).toContain('ngsw-worker.js');
    const dataId = await page.evaluate(() => localStorage.getItem('ds.dataId'));
    expect(dataId).toBeTruthy();

    await page.goto(`${server.origin}/settings`);
    await page.getByTestId('wipe-start').click();
    await page.getByTestId('wipe-confirm').click();
    await expect(page).toHaveURL(`${server.origin}/`);
    await expect(page.locator('main h1')).toBeVisible();

    const after = await page.evaluate(async () => ({
      dataId: localStorage.getItem('ds.dataId'),
      cacheMarker: await caches.has('marker-cache'),
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(after.cacheMarker).toBe(false);
    // The fresh app that opens after the wipe writes its language and content version again, and
    // a new random data id if it opens a database: never the old one.
    const fresh = ['ds.language', 'ds.contentSeen', 'ds.dataId'];
    expect(after.local.filter((k) => !fresh.includes(k))).toEqual([]);
    expect(after.dataId).not.toBe(dataId);
    expect(after.session).toEqual([]);
    // Home makes no database while nothing is stored (core/db/database-presence.ts), so none is
    // left at all, not even an empty one: counted once home has asked and drawn the tip cards.
    await expect(page.getByTestId('tip-progress').first()).toBeVisible();
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  });
});

test('quick exit locks the notes', async ({ page, server }) => {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }),
  );
  await writeNote(page, server.origin, 'Private plan');
  await setPassphrase(page, server.origin, 'harbour cloud seven');
  await openNotes(page, server.origin);
  await expect(page.getByTestId('note-list')).toBeVisible();
  await page.getByTestId('quick-exit').click();
  await expect(page.locator('h1')).toHaveText('Weather');
  await page.goto(`${server.origin}/notes`);
  await expect(page.getByTestId('unlock-form')).toBeVisible();
});

test('the notes lock by themselves after the chosen idle time', async ({ page, server }) => {
  await page.clock.install();
  await writeNote(page, server.origin, 'Idle note');
  await setPassphrase(page, server.origin, 'quiet morning bell');
  await page.getByLabel('Lock after this time without use').selectOption('1');
  await openNotes(page, server.origin);
  await expect(page.getByTestId('note-list')).toBeVisible();
  await page.clock.fastForward('00:50');
  await expect(page.getByTestId('note-list')).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(page.getByTestId('unlock-form')).toBeVisible();
});

test('a neutral tab title hides the app name', async ({ page, server }) => {
  await page.goto(`${server.origin}/settings`);
  await expect(page).toHaveTitle(/Digital Sanctuary/);
  await page.getByTestId('neutral-title').check();
  await expect(page).toHaveTitle('Reading');
  await page.goto(`${server.origin}/tips`);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page).toHaveTitle('Reading');
});

/** The raw rows of one object store of the app's database. */
function rawStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
    store,
  );
}

test('a long list unlocks from its sealed copy, which holds nothing readable and goes with a delete', async ({
  page,
  server,
}) => {
  const count = 150;
  // Counts the page's decrypts: one per note without the copy, two (the key, the copy) with it.
  await page.addInitScript(() => {
    const decrypt = SubtleCrypto.prototype.decrypt;
    Object.assign(window, { decrypts: 0 });
    SubtleCrypto.prototype.decrypt = function (this: SubtleCrypto, ...args) {
      (window as unknown as { decrypts: number }).decrypts++;
      return decrypt.apply(this, args);
    } as SubtleCrypto['decrypt'];
  });
  const decrypts = () => page.evaluate(() => (window as unknown as { decrypts: number }).decrypts);
  const sealedCopies = async () =>
    (await rawStore(page, 'snapshots')).filter((row) => row['sealed']).length;
  const lockAndUnlock = async () => {
    await page.getByTestId('lock-now').click();
    await expect(page.getByTestId('unlock-form')).toBeVisible();
    for (const store of ['notes', 'snapshots', 'vault']) {
      expect(JSON.stringify(await rawStore(page, store))).not.toContain('Elm Road');
    }
    await page.getByLabel('Passphrase', { exact: true }).fill('river stone lantern');
    const before = await decrypts();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByTestId('note-list').getByRole('link').first()).toBeVisible();
    return (await decrypts()) - before;
  };

  await openNotes(page, server.origin);
  await seedPlainNotes(page, count, 'Long list note {i} about Elm Road');
  await setPassphrase(page, server.origin, 'river stone lantern');
  await openNotes(page, server.origin);
  await expect(page.getByTestId('note-count')).toHaveText(`${count} notes`);
  // The first opening with the key stores the copy at once.
  await expect.poll(sealedCopies).toBe(1);
  expect(Object.keys((await rawStore(page, 'snapshots'))[0]).sort()).toEqual([
    'rows',
    'sealed',
    'table',
  ]);
  expect(await lockAndUnlock()).toBeLessThanOrEqual(2);
  await expect(page.getByTestId('note-count')).toHaveText(`${count} notes`);

  // Deleting a note deletes the copy in the same write.
  await page.getByTestId('note-list').getByRole('link').first().click();
  await expect(page.getByTestId('note-text')).toHaveValue(
    `Long list note ${count - 1} about Elm Road`,
  );
  await page.getByTestId('delete-note').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('note-count')).toHaveText(`${count - 1} notes`);
  expect(await sealedCopies()).toBe(0);

  // The next unlock opens every note, and copies them again without the deleted one.
  expect(await lockAndUnlock()).toBeGreaterThanOrEqual(count - 1);
  await expect(page.getByTestId('note-count')).toHaveText(`${count - 1} notes`);
  await expect.poll(sealedCopies).toBe(1);
  expect(await lockAndUnlock()).toBeLessThanOrEqual(2);
  await page.getByTestId('note-search').fill(`note ${count - 1} about`);
  await expect(page.getByTestId('no-notes')).toBeVisible();
  await page.getByTestId('note-search').fill(`note ${count - 2} about`);
  await expect(page.getByTestId('note-list').getByRole('link')).toHaveCount(1);
});
