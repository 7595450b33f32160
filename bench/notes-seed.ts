import type { Page } from '@playwright/test';
import { expect } from '../e2e/fixtures';
export { seedPlainNotes } from '../e2e/helpers/seed-notes';

/** The passphrase the note benches lock with. */
export const BENCH_PASSPHRASE = 'bench passphrase';

/** Notes as a reader might write them; each seals to the smallest bucket, 256 bytes. */
export const BENCH_NOTE =
  'Note {i}: remember to ask about the subject access request, reference {i}.';

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
