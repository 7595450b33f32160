import { Page, expect } from '@playwright/test';

/** Switches language as a reader does: the header's language button, then the language. */
export async function pickLanguage(page: Page, code: string): Promise<void> {
  await page.getByTestId('language-picker').first().click();
  const dialog = page.getByTestId('language-dialog').first();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(`language-option-${code}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}
