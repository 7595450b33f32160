import { Page } from '@playwright/test';

/** Where Exit goes unless the reader chose another address (src/app/core/safety/exit-url.ts). */
export const NEUTRAL = 'https://www.bbc.co.uk/weather';

/** The neutral site is on the internet; here a stand-in page answers for it. */
export async function standInForNeutralSite(page: Page): Promise<void> {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}
