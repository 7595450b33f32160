import { BrowserContext, Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPreviousRelease } from '../scripts/previous-release.mjs';
import { CONTENT_META } from './app-pages';
import { AppServer, BUILD_DIR, expect, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';

// From the previous release, with a reader's data in it, to this build: deployed over it on the
// same origin, found by the service worker, applied by the reader. Everything is written and
// read through the screens only, never the database, so the test holds across storage changes
// (a Dexie schema change, sealed metadata) as long as the reader sees the same things.
// Runs in the `nginx` project: the way a charity deploys. The release build is cached
// (scripts/previous-release.mjs); `npm test` starts it early, alongside the unit tests.

const PASSPHRASE = 'river stone lantern';
const NOTES = ['Ask the GP about my records', 'Bring passport copy on Tuesday'];
const SEALED_NOTE = 'The hidden address is 12 Elm Road';
const TIP = CONTENT_META.tips[1].id;
const PACK = '#pack=1.en.t1t2';

let previous: { tag: string; dir: string };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  previous = await buildPreviousRelease();
});

/** The served folder, swapped in one rename as a careful deploy does. */
async function site(): Promise<{
  live: string;
  deployNew(): Promise<void>;
  cleanUp(): Promise<void>;
}> {
  const base = await mkdtemp(join(tmpdir(), 'ds-upgrade-'));
  const live = join(base, 'live');
  await cp(previous.dir, live, { recursive: true });
  await cp(BUILD_DIR, join(base, 'next'), { recursive: true });
  return {
    live,
    async deployNew() {
      await rename(live, join(base, 'old'));
      await rename(join(base, 'next'), live);
    },
    cleanUp: () => rm(base, { recursive: true, force: true }),
  };
}

/** The main bundle a page runs, e.g. main-ABCD1234.js: which build it is on. */
const mainBundle = (page: Page) =>
  page.evaluate(() =>
    document.querySelector<HTMLScriptElement>('script[src*="main-"]')?.src.split('/').pop(),
  );
async function newMainBundle(): Promise<string> {
  const html = await readFile(join(BUILD_DIR, 'index.html'), 'utf8');
  return /(main-[\w-]{8}\.js)/.exec(html)![1];
}

/** Moves within the app without loading the page again (a load locks the notes). */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?#].*/, '')}$`));
}

async function writeNote(page: Page, text: string): Promise<void> {
  await goInApp(page, '/notes');
  await page.getByTestId('new-note').click();
  await page.getByTestId('note-text').fill(text);
  await expect(page.getByTestId('note-status')).toHaveText('Saved on this phone.');
}

/** On the old build: notes, ticks, a kept list, a letter draft, then a passphrase. */
async function writeEverything(page: Page, server: AppServer): Promise<string> {
  await page.goto(`${server.url}?lang=en`);
  await waitUntilOfflineReady(page);
  for (const text of NOTES) await writeNote(page, text);

  await goInApp(page, `/tips/${TIP}`);
  const boxes = page.getByTestId('step-checkbox');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.getByTestId('tip-detail-progress')).toContainText('2 of');

  await page.goto(`${server.origin}/share/pack${PACK}`);
  await page.getByTestId('keep-pack').click();
  await expect(page.getByTestId('pack-kept')).toBeVisible();

  await goInApp(page, '/letters');
  await page.getByTestId('letter-kinds').getByRole('link').first().click();
  await page.getByLabel('Your full name').fill('Amina Yusuf');
  await page.getByLabel('Your date of birth').fill('1990-03-01');
  await page.getByLabel('Your nationality').fill('Sudanese');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Home Office reference').fill('A1234567');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('draft-status')).toHaveText('Saved on this device.');
  const letterPath = new URL(page.url()).pathname;

  await goInApp(page, '/settings');
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill(PASSPHRASE);
  await form.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await form.getByTestId('understand').check();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('now locked');
  await writeNote(page, SEALED_NOTE);
  return letterPath;
}

/**
 * Loads the page so the worker looks for a new version; every open tab then shows the update
 * banner, and Reload now in each lands on this build.
 */
async function applyUpdate(page: Page, others: Page[]): Promise<void> {
  const next = await newMainBundle();
  for (const tab of [page, ...others])
    expect(await mainBundle(tab), 'still on the previous release').not.toBe(next);
  // The worker looks for a new version on navigation and keeps serving the old one meanwhile.
  await page.goto(new URL('/notes', page.url()).href);
  for (const tab of [page, ...others]) {
    await expect(tab.getByTestId('update-banner')).toBeVisible({ timeout: 30_000 });
  }
  for (const tab of [page, ...others]) {
    await tab.getByTestId('update-banner').getByRole('button', { name: 'Reload now' }).click();
    await expect.poll(() => mainBundle(tab), { timeout: 20_000 }).toBe(next);
  }
}

/** Unlocks with the passphrase set on the old build; a wrong one must still fail. */
async function unlock(page: Page): Promise<void> {
  await goInApp(page, '/notes');
  await expect(page.getByTestId('unlock-form')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong guess');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('unlock-form')).toHaveCount(0);
}

/** On the new build, after unlocking: everything written on the old one is there. */
async function expectEverything(page: Page, letterPath: string): Promise<void> {
  await unlock(page);
  const headlines = page.getByTestId('note-list').locator('.headline');
  await expect
    .poll(async () => (await headlines.allInnerTexts()).sort())
    .toEqual([SEALED_NOTE, ...NOTES].sort());

  await goInApp(page, `/tips/${TIP}`);
  const boxes = page.getByTestId('step-checkbox');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();

  await goInApp(page, '/share/lists');
  const kept = page.getByTestId('kept-lists').locator(':scope > li');
  await expect(kept).toHaveCount(1);

  await goInApp(page, letterPath);
  await expect(page.getByLabel('Your full name')).toHaveValue('Amina Yusuf');
}

async function upgrade(
  context: BrowserContext,
  serveFolder: (root: string) => Promise<AppServer>,
): Promise<void> {
  test.setTimeout(180_000);
  const folders = await site();
  try {
    const server = await serveFolder(folders.live);
    const page = await context.newPage();
    const letterPath = await writeEverything(page, server);
    // The first tab stays unlocked until the update's reload. The second, opened on the old
    // build, unlocks and then locks with "Lock now", so the update also meets notes locked by
    // hand, as a test of an upgrade applied while locked did.
    const other = await context.newPage();
    await other.goto(`${server.origin}/notes`);
    await other.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Unlock' }).click();
    await other.getByTestId('lock-now').click();
    await expect(other.getByTestId('unlock-form')).toBeVisible();
    const others = [other];

    await folders.deployNew();
    await applyUpdate(page, others);
    for (const tab of [page, ...others]) await expectEverything(tab, letterPath);

    // And the updated app still works with the server gone.
    await server.stop();
    await page.goto(`${server.origin}/notes`);
    expect(await mainBundle(page)).toBe(await newMainBundle());
    await expectEverything(page, letterPath);
  } finally {
    await folders.cleanUp();
  }
}

// One tab open is the two-tab test's first tab: it writes, upgrades and checks everything alone,
// as a single-tab test did, while the second tab, opened on the old build, is locked by hand
// before the deploy and checked beside it. (A test of each cost a whole upgrade, about 20 to
// 30 s on nginx.)
test('an upgrade from the previous release, applied while the notes are locked, keeps notes, ticks, lists, drafts and the passphrase, in each of two open tabs', async ({
  context,
  serveFolder,
}) => {
  await upgrade(context, serveFolder);
});
