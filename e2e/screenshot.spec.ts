// Refreshes the README's screenshots (`npm run screenshot`): the desktop view with an event open,
// and the first screen on a phone. Tagged so `npm test` skips it. SCREENSHOT_DIR writes them
// elsewhere, with dark-theme variants, for looking at both themes while working on the styles.
import { test } from '@playwright/test';
import { loadDataset } from './dataset.ts';

const dir = process.env.SCREENSHOT_DIR;
const schemes = dir ? (['light', 'dark'] as const) : (['light'] as const);

for (const colorScheme of schemes) {
  const name = (base: string) => (dir ? `${dir}/${base}-${colorScheme}.png` : `docs/${base}.png`);

  test(`README screenshot, desktop, ${colorScheme} @screenshot`, async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = dataset.events.find((e) => e.type === 'phone-call') ?? dataset.events[0]!;
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./?event=${event.id}`);
    await page.getByRole('region', { name: 'Event details' }).waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: name('screenshot') });
  });

  test(`README screenshot, phone, ${colorScheme} @screenshot`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await page.getByRole('list', { name: 'Events' }).waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: name('screenshot-phone') });
  });
}
