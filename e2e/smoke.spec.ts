import { expect, test } from '@playwright/test';

test('the built app opens and names itself', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Diplomacy Timeline' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});
