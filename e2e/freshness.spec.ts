import { readFileSync } from 'node:fs';
import { translations } from './app-pages';
import { expect, startServer, test } from './fixtures';
import { waitUntilOfflineReady } from './helpers/service-worker';
import { deploy, makeContentUpdate } from './helpers/versions';

// Read from the data, so the tests hold whatever content ships (texts arrive separately).
interface Meta {
  contentVersion: string;
  versions: { version: string; changes: { id: string }[] }[];
  notices: { id: string; until: string; tips: string[]; guides: string[] }[];
  tips: { id: string; lawAsOf: string }[];
  guides: { id: string; lawAsOf: string }[];
  contacts: { id: string; name: string; nations: string[]; topics: string[] }[];
}
const meta = JSON.parse(readFileSync('public/content/meta.json', 'utf8')) as Meta;
const en = translations('en');

const contact = (id: string) => meta.contacts.find((c) => c.id === id)!;

test("the nation filter shows Scotland's abuse helpline and hides England's", async ({
  page,
  server,
}) => {
  const inside = contact('scotland-domestic-abuse-helpline');
  const outside = contact('domestic-abuse-helpline');
  expect(inside.nations).toEqual(['scotland']);
  expect(outside.nations).toEqual(['england']);
  await page.goto(`${server.origin}/contacts`);
  const names = page.getByTestId('contact-card').locator('.name');
  await expect(names.filter({ hasText: outside.name })).toHaveCount(1);

  await page.getByLabel(en.get('nations.filter')!).selectOption({ label: 'Scotland' });
  await expect(names.filter({ hasText: inside.name })).toHaveCount(1);
  await expect(names.filter({ hasText: outside.name })).toHaveCount(0);
  const ukWide = meta.contacts.find((c) => c.nations.includes('uk'))!;
  await expect(names.filter({ hasText: ukWide.name }).first()).toBeVisible();

  // The topic filter still narrows within the nation, and the choice survives a visit to a contact.
  await page.getByTestId('topic-filter').selectOption('emergency');
  await expect(names.filter({ hasText: inside.name })).toHaveCount(
    inside.topics.includes('emergency') ? 1 : 0,
  );
  // (Back does not walk through the app: quick exit's single-entry history.)
  await names.first().getByRole('link').click();
  await page.getByRole('link', { name: en.get('contacts.back')! }).click();
  await expect(page.getByTestId('nation-filter')).toHaveValue('scotland');
  await expect(page.getByTestId('topic-filter')).toHaveValue('emergency');
});

test('tips and guides say which date of the law they describe', async ({ page, server }) => {
  for (const [kind, item] of [
    ['tips', meta.tips[0]],
    ['guides', meta.guides[0]],
  ] as const) {
    await page.goto(`${server.origin}/${kind}/${item.id}`);
    const year = item.lawAsOf.slice(0, 4);
    await expect(page.getByTestId('law-as-of')).toContainText('Law as of');
    await expect(page.getByTestId('law-as-of')).toContainText(year);
    await expect(page.getByTestId('checked-on')).toContainText('Checked on');
  }
});

test.describe('a dated notice', () => {
  const notice = meta.notices.find((n) => n.guides.length || n.tips.length);
  const path = notice?.guides.length
    ? `/guides/${notice.guides[0]}`
    : `/tips/${notice?.tips[0] ?? ''}`;

  test('shows on its last day', async ({ page, server }) => {
    test.skip(!notice, 'no notice in the content');
    await page.clock.setFixedTime(new Date(`${notice!.until}T23:00:00`));
    await page.goto(server.origin + path);
    const callout = page.getByRole('note').filter({ has: page.getByRole('heading') });
    await expect(callout).toHaveCount(1);
    await expect(page.getByTestId('content-notice')).toBeVisible();
  });

  test('is gone the day after, with no new release', async ({ page, server }) => {
    test.skip(!notice, 'no notice in the content');
    const after = new Date(`${notice!.until}T12:00:00`);
    after.setDate(after.getDate() + 1);
    await page.clock.setFixedTime(after);
    await page.goto(server.origin + path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByTestId('law-as-of')).toBeVisible();
    await expect(page.getByTestId('content-notice')).toHaveCount(0);
  });
});

test('after an update with new content, home says what changed, once', async ({ page }) => {
  const versions = await makeContentUpdate('2000.1.0');
  const server = await startServer(versions.live);
  const count = meta.versions.reduce((sum, v) => sum + v.changes.length, 0);
  const text = en
    .get(`changes.since.${count === 1 ? 'one' : 'other'}`)!
    .replace('{{count}}', String(count));
  try {
    // First visit: nothing happened "since last time", so no link.
    await page.goto(server.url);
    await waitUntilOfflineReady(page);
    await expect(page.getByTestId('tip-cards')).toBeVisible();
    await expect(page.getByTestId('changed-link')).toHaveCount(0);

    await deploy(versions.v2, versions.live);
    await page.reload();
    const banner = page.getByTestId('update-banner');
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await banner.getByRole('button', { name: 'Reload now' }).click();

    const link = page.getByTestId('changed-link');
    await expect(link).toContainText(text, { timeout: 20_000 });
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
