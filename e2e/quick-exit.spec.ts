import { expect, test } from './fixtures';
import { NEUTRAL, standInForNeutralSite } from './helpers/neutral-site';

// Leaving and history are the page's own: nothing here depends on the worker, so none installs.
test.use({ serviceWorkers: 'block' });

test('the exit button is on every screen and leaves for the neutral site', async ({
  page,
  server,
}) => {
  await standInForNeutralSite(page);
  for (const path of ['/', '/tips', '/contacts', '/settings']) {
    await page.goto(server.origin + path);
    await expect(page.getByTestId('quick-exit')).toBeVisible();
  }
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('a link to a section far down a page keeps the exit button in sight', async ({
  page,
  server,
}) => {
  // As search results link: the page opens at the section, below visually hidden texts.
  for (const path of ['/tips/protect-your-phone#steps', '/guides/subject-access-request#steps']) {
    await page.goto(server.origin + path);
    await expect(page.locator('#steps h2')).toBeFocused();
    await expect(page.locator('#steps h2')).toBeInViewport();
    await expect(page.getByTestId('quick-exit')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop), path).toBe(0);
  }
});

test('Shift pressed three times leaves; Back does not walk through the app', async ({
  page,
  server,
}) => {
  await standInForNeutralSite(page);
  await page.goto('about:blank');
  await page.goto(server.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Tips', 'Guides', 'Contacts']) {
    await nav.getByRole('link', { name }).click();
    await expect(page.locator('main h1')).toBeVisible();
  }
  // Each in-app page replaced the one before: one history entry for the whole visit.
  expect(await page.evaluate(() => history.length)).toBe(2);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/contacts$/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);

  await page.goBack();
  expect(page.url()).not.toContain(server.origin);
});

test('a custom exit page from Settings is used; unsafe ones are refused', async ({
  page,
  server,
}) => {
  await page.route('https://news.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>News</h1>' }),
  );
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'https://news.example/today'));
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://news.example/today');

  await standInForNeutralSite(page);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'javascript:alert(1)'));
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
});

test('Settings refuses a local, plain-http or own exit address and says why', async ({
  page,
  server,
}) => {
  await standInForNeutralSite(page);
  await page.goto(`${server.origin}/settings`);
  const field = page.getByTestId('exit-url');
  const problem = page.getByTestId('exit-problem');
  const cases: [string, RegExp][] = [
    ['https://192.168.1.1/', /home network or on this phone/],
    ['https://printer.local/', /home network or on this phone/],
    ['https://[fe80::1]/', /home network or on this phone/],
    ['http://news.example/', /must start with https/],
    // The test server is plain http; the app's own host is refused under https too.
    [`${server.origin.replace('http:', 'https:')}/notes`, /this app's own address/],
  ];
  for (const [typed, reason] of cases) {
    await field.fill(typed);
    await field.press('Tab');
    await expect(problem).toContainText(reason);
    // Nothing changed: the last good target stays.
    await expect(problem).toContainText(`still opens ${NEUTRAL}`);
    expect(await page.evaluate(() => localStorage.getItem('ds.exitUrl'))).toBeNull();
  }
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL(NEUTRAL);
});

test('an exit address from a backup is used only once the reader accepts it', async ({
  page,
  server,
}) => {
  for (const site of ['news', 'elsewhere']) {
    await page.route(`https://${site}.example/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<h1>${site}</h1>` }),
    );
  }
  // A backup made where quick exit opened elsewhere.example.
  await page.goto(`${server.origin}/settings`);
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'https://elsewhere.example/'));
  await page.reload();
  await page.getByLabel('A passphrase for the file').fill('backup phrase 2026');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-backup').click();
  const file = await (await download).path();

  // This phone's quick exit opens news.example; the backup comes in.
  await page.evaluate(() => localStorage.setItem('ds.exitUrl', 'https://news.example/'));
  await page.reload();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByLabel('The passphrase of the file').fill('backup phrase 2026');
  await page.getByTestId('import-backup').click();
  await expect(page.getByTestId('backup-exit-offered')).toBeVisible();
  await expect(page.getByTestId('exit-pending-url')).toHaveText('https://elsewhere.example/');
  await expect(page.getByTestId('exit-pending')).toContainText('still opens https://news.example/');

  // Still waiting after a restart, and quick exit still goes where it went before.
  await page.reload();
  await expect(page.getByTestId('exit-pending-url')).toHaveText('https://elsewhere.example/');
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://news.example/');

  await page.goto(`${server.origin}/settings`);
  await page.getByTestId('exit-pending-use').click();
  await expect(page.getByTestId('exit-pending')).toHaveCount(0);
  await expect(page.getByTestId('exit-url')).toHaveValue('https://elsewhere.example/');
  await page.getByTestId('quick-exit').click();
  await expect(page).toHaveURL('https://elsewhere.example/');
});
