import { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { axeViolations } from './helpers/axe';
import { waitUntilOfflineReady } from './helpers/service-worker';

// Only the offline letters need the worker; elsewhere its install would only compete for the CPU.
test.use({ serviceWorkers: 'block' });

const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** The text of a PDF, read with pdf.js: words as a reader would copy them, spaces normalised. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true })
    .promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    }
    text += ' ';
  }
  return { text: text.replace(/\s+/g, ' '), pages: document.numPages };
}

/** Fills the Home Office request step by step, as a reader would, and opens the letter. */
async function fillHomeOfficeRequest(page: Page): Promise<void> {
  await page.getByTestId('letter-kinds').getByRole('link').first().click();
  await expect(page.locator('main h1')).toHaveText('Ask the Home Office for your data');
  await page.getByLabel('Your full name').fill('Amina Yusuf');
  await page.getByLabel('Other names you have used').fill(HOSTILE);
  await page.getByLabel('Your date of birth').fill('1990-03-01');
  await page.getByLabel('Your nationality').fill('Sudanese');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('step-heading')).toContainText('Your reference numbers');
  await page.getByLabel('Home Office reference').fill('A1234567');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Your postal address').fill('12 Elm Road\nGlasgow G1 1AA');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Detailed: my whole Home Office file').check();
  await page.getByRole('button', { name: 'See my letter' }).click();
  await expect(page.getByTestId('step-heading')).toContainText('Your letter');
  await expect(page.getByTestId('draft-status')).toHaveText('Saved on this device.');
}

test('a Home Office request: printed, copied, downloaded, kept as a draft, sent nowhere', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });

  await page.goto(`${server.origin}/letters?lang=en`);
  await fillHomeOfficeRequest(page);
  const letter = page.getByTestId('letter');
  await expect(letter).toContainText('Subject access request: Amina Yusuf, born 1 March 1990');
  await expect(letter).toContainText('Article 15 of the UK General Data Protection Regulation');
  await expect(letter).toContainText('full Home Office file');
  // What the reader typed is text, never markup.
  await expect(letter).toContainText(`Other names I have used: ${HOSTILE}`);
  expect(await letter.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // Print: the PDF holds the letter alone, with no app buttons or navigation.
  const { text, pages } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Amina Yusuf');
  expect(text).toContain('Article 15');
  expect(text).toContain('one month');
  expect(text).toContain('Data Protection Act 2018');
  for (const furniture of ['Print or save as PDF', 'Step 5 of 5', 'Exit', 'Guides about this']) {
    expect(text).not.toContain(furniture);
  }
  expect(pages).toBeLessThanOrEqual(2);

  await page.getByTestId('copy-letter').click();
  await expect(page.getByTestId('letter-action-status')).toContainText('The letter is copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Dear Sir or Madam,');
  expect(copied).toContain('- Full name: Amina Yusuf');

  // The download is a blob: link, which the strict CSP must let through.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-letter').click(),
  ]);
  expect(download.suggestedFilename()).toBe('subject-access-request-home-office.txt');
  const file = await readFile((await download.path())!, 'utf8');
  expect(file).toBe(copied);

  // The draft is still there after a reload.
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('Amina Yusuf');
  await page.getByTestId('letter-step').click();
  await expect(page.getByTestId('letter')).toContainText('Home Office reference: A1234567');

  const foreign = requests.filter(
    (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`blob:${server.origin}/`),
  );
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(requests.some((url) => url.endsWith('/letters/en.json'))).toBe(true);

  // Deleting the draft asks first, then empties the form.
  await page.getByTestId('delete-draft').click();
  await page.getByTestId('confirm-delete-draft').click();
  await expect(page.getByLabel('Your full name')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Your full name')).toHaveValue('');
});

test('in Arabic the letter is English, with the Arabic beside it; only English prints', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/letters/home-office-sar?lang=ar`);
  await page.getByTestId('field-fullName').fill('Amina Yusuf');
  await page.getByTestId('letter-step').click();
  const pair = page.getByTestId('side-by-side');
  await expect(pair.locator('[lang="en"]').first()).toBeVisible();
  await expect(
    pair.locator('.cell[lang="ar"][dir="rtl"]').filter({ hasText: 'المادة 15' }).first(),
  ).toBeVisible();
  await expect(pair).toContainText(/الاسم الكامل: \u2068?Amina Yusuf/);
  // A skipped field shows its placeholder in each language.
  await expect(pair).toContainText('[your date of birth]');
  await expect(pair).toContainText('[تاريخ ميلادك]');
  await expect(page.getByTestId('letter-missing')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // On screen the pair replaces the plain letter; on paper only the English letter is left.
  await expect(page.getByTestId('letter')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('letter')).toBeVisible();
  await expect(pair).toBeHidden();
  const { text } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Article 15');
  expect(text).not.toMatch(/[\u0600-\u06ff]/);
});

test('the subject access guide leads to its letter', async ({ page, server }) => {
  await page.goto(`${server.origin}/guides/subject-access-request`);
  await page.getByTestId('write-letter').click();
  await expect(page).toHaveURL(/\/letters\/home-office-sar$/);
  await expect(page.locator('main h1')).toHaveText('Ask the Home Office for your data');
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('a letter opens offline in the reader’s language once the letters page was seen', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/letters?lang=fr`);
    await waitUntilOfflineReady(page);
    await expect
      .poll(() => page.evaluate(async () => !!(await caches.match('/letters/fr.json'))))
      .toBe(true);
    await server.stop();

    await page.goto(`${server.origin}/letters/ico-complaint`);
    await expect(page.locator('main h1')).toHaveText('Se plaindre à l’ICO');
    await page.getByTestId('next-step').click();
    await page.getByTestId('field-organisationName').fill('Park Road GP Surgery');
    await page.getByTestId('letter-step').click();
    await expect(page.getByTestId('side-by-side')).toContainText(
      'Data protection complaint about Park Road GP Surgery',
    );
    await expect(page.getByTestId('side-by-side')).toContainText(
      /Plainte relative à la protection des données contre \u2068?Park Road GP Surgery/,
    );
  });
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('the complaint to the organisation: built offline in Arabic, printed in English', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/letters?lang=ar`);
    await waitUntilOfflineReady(page);
    await expect
      .poll(() => page.evaluate(async () => !!(await caches.match('/letters/ar.json'))))
      .toBe(true);
    await server.stop();

    await page.goto(`${server.origin}/letters/organisation-complaint`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('field-organisationName').fill('Park Road GP Surgery');
    await page.getByTestId('next-step').click();
    await page.getByTestId('field-fullName').fill('Amina Yusuf');
    await page.getByTestId('next-step').click();
    await page.getByTestId('next-step').click();
    await page.getByTestId('field-whatHappened').fill('You sent my records to the wrong address.');
    await page.getByTestId('field-wanted').fill(HOSTILE);
    await page.getByTestId('letter-step').click();

    const pair = page.getByTestId('side-by-side');
    await expect(pair).toContainText('section 164A of the Data Protection Act 2018');
    await expect(pair.locator('.cell[lang="ar"][dir="rtl"]').first()).toBeVisible();
    await expect(pair).toContainText(/Park Road GP Surgery/);
    expect(await pair.locator('img').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    const { text, pages } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Data protection complaint: Amina Yusuf');
    expect(text).toContain('164A');
    expect(text).toContain('within 30 days');
    expect(text).toContain('You sent my records to the wrong address.');
    expect(text).not.toMatch(/[\u0600-\u06ff]/);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test('with a passphrase the draft is stored sealed, and opens only after unlocking', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/letters/home-office-sar`);
  await page.getByLabel('Your full name').fill('Secret Person');
  await expect(page.getByTestId('draft-status')).toHaveText('Saved on this device.');

  await page.goto(`${server.origin}/settings`);
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill('letters lantern river');
  await form.getByLabel('Type the passphrase again').fill('letters lantern river');
  await form.getByTestId('understand').check();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toContainText('now locked');

  const raw = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('letterDrafts').objectStore('letterDrafts').getAll();
          all.onsuccess = () => {
            resolve(JSON.stringify(all.result));
            open.result.close();
          };
        };
      }),
  );
  expect(raw).toContain('"sealed"');
  expect(raw).not.toContain('Secret Person');

  // A new page load starts locked: the key lived only in memory.
  await page.goto(`${server.origin}/letters/home-office-sar`);
  await expect(page.getByTestId('unlock-form')).toBeVisible();
  await expect(page.getByLabel('Your full name')).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill('letters lantern river');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Your full name')).toHaveValue('Secret Person');
});
