import { Page, expect } from '@playwright/test';

/** Chooses a language as a reader does: the header's language button, then the language. */
export async function chooseInPicker(page: Page, code: string): Promise<void> {
  await page.getByTestId('language-picker').first().click();
  const dialog = page.getByTestId('language-dialog').first();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(`language-option-${code}`).click();
}

/** Switches language in the picker, and waits until the page speaks it. */
export async function pickLanguage(page: Page, code: string): Promise<void> {
  await chooseInPicker(page, code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}
