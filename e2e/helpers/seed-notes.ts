import type { Page } from '@playwright/test';

/**
 * Writes `count` plain notes straight into IndexedDB (the app must have opened its database once,
 * e.g. on /notes), as a reader who kept notes before setting a passphrase would have them. Note
 * `i` has the id `n<i>`, the text `text` with `{i}` replaced by `i`, and times `i`.
 */
export async function seedPlainNotes(page: Page, count: number, text: string): Promise<void> {
  await page.evaluate(
    ([count, text]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (let i = 0; i < count; i++) {
            const body = text.replaceAll('{i}', String(i));
            tx.objectStore('notes').put({ id: `n${i}`, body, createdAt: i, updatedAt: i });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [count, text] as const,
  );
}
