// The first view tells the story: the timeline sits right under one compact toolbar on a desktop
// and shows in the first screen of a phone; the toolbar's popover and menu work from the keyboard;
// the article reader is part of the link (Back, Forward, reload).
import { expect, test, type Page } from '@playwright/test';
import { loadDataset, sortedEvents } from './dataset.ts';

const canvas = (page: Page) => page.getByRole('application', { name: 'Timeline' });

test.describe('desktop, 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the timeline starts within 160 px of the top, with the list beside it', async ({ page }) => {
    await page.goto('./');
    await expect(canvas(page).locator('.vis-timeline')).toBeVisible();
    const timeline = (await canvas(page).boundingBox())!;
    expect(timeline.y).toBeLessThanOrEqual(160);
    const list = (await page.getByRole('list', { name: 'Events' }).boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(timeline.x + timeline.width);
    expect(list.y).toBeLessThan(900);
  });
});

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('part of the timeline is in the first screen', async ({ page }) => {
    await page.goto('./');
    await expect(canvas(page).locator('.vis-timeline')).toBeVisible();
    const box = (await canvas(page).boundingBox())!;
    // At least 120 px of it, not a sliver at the bottom edge.
    expect(box.y + 120).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test('Types opens from the keyboard as a legend of checkboxes; Escape returns to the button', async ({
  page,
}) => {
  await page.goto('./');
  const types = page.getByRole('button', { name: /^Types/ });
  await types.focus();
  await page.keyboard.press('Enter');
  const legend = page.getByRole('group', { name: 'Event types' });
  await expect(legend).toBeVisible();
  const first = legend.getByRole('checkbox').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]types=/);
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await expect(page.getByRole('button', { name: 'Types: 1 chosen' })).toBeFocused();
});

test('Share opens from the keyboard; arrows move, Enter downloads, Escape closes', async ({ page }) => {
  await page.goto('./');
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Download CSV' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('diplomacy-timeline-events.csv');
  await expect(share).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Download iCalendar' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(share).toBeFocused();
});

test('the article reader is in the link: Back closes it, Forward and a reload bring it back', async ({
  page,
  request,
}) => {
  const event = sortedEvents(await loadDataset(request))[0]!;
  const source = event.sources[0]!;
  await page.goto(`./?event=${event.id}`);
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  const reader = page.getByRole('region', { name: 'Article' });
  await expect(reader.locator('mark')).toHaveText(source.text);
  await expect(page).toHaveURL(new RegExp(`article=${source.articleId}&quote=${source.start}-${source.end}`));

  await page.goBack();
  await expect(reader).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await page.goForward();
  await expect(reader.locator('mark')).toHaveText(source.text);
  await page.reload();
  await expect(reader.locator('mark')).toHaveText(source.text);
  await reader.getByRole('button', { name: 'Close article' }).click();
  await expect(page).not.toHaveURL(/article=/);
});
