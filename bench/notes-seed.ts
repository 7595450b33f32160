import type { Page } from '@playwright/test';
import { expect } from '../e2e/fixtures';

/** The passphrase the note benches lock with. */
export const BENCH_PASSPHRASE = 'bench passphrase';

/**
 * Writes `count` plain notes straight into IndexedDB (the app must have opened its database once,
 * e.g. on /notes), as a reader who kept notes before setting a passphrase would have them.
 */
export async function seedPlainNotes(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (let i = 0; i < count; i++) {
            const body = `Note ${i}: remember to ask about the subject access request, reference ${i * 7}.`;
            tx.objectStore('notes').put({ id: `bench-${i}`, body, createdAt: i, updatedAt: i });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

/**
 * Sets the bench passphrase in Settings, which seals every note as a reader's first lock would.
 * Resolves with the milliseconds from the click to "done".
 */
export async function lockNotes(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/settings`);
  const form = page.getByTestId('set-passphrase');
  await form.getByLabel('New passphrase').fill(BENCH_PASSPHRASE);
  await form.getByLabel('Type the passphrase again').fill(BENCH_PASSPHRASE);
  await form.getByTestId('understand').check();
  const start = performance.now();
  await form.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByTestId('lock-done')).toBeVisible({ timeout: 120_000 });
  return performance.now() - start;
}
