import { readFileSync } from 'node:fs';
import { translations } from './app-pages';
import { expect, test } from './fixtures';
import { appStarted } from './helpers/in-app';

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

// Dates, filters and notices on screen: nothing here depends on the worker.
test.use({ serviceWorkers: 'block' });

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

  await appStarted(page);
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

// After an update with new content, home says what changed, once: checked with the update
// itself, in e2e/update.spec.ts.
