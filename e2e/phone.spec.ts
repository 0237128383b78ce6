import { expect, test } from '@playwright/test';
import { loadDataset } from './dataset.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a phone the page fits the width and details open as a sheet', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const event = dataset.events[0]!;
  await page.goto('./');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeInViewport();
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  await details.getByRole('button', { name: 'Close event details' }).click();
  await expect(details).toHaveCount(0);
  expect(event).toBeTruthy();
});
