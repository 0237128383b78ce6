// Refreshes the README's screenshot: `npm run screenshot`. Tagged so `npm test` skips it.
import { test } from '@playwright/test';
import { loadDataset } from './dataset.ts';

test('README screenshot @screenshot', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const event = dataset.events.find((e) => e.type === 'phone-call') ?? dataset.events[0]!;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`./?event=${event.id}`);
  await page.getByRole('region', { name: 'Event details' }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
