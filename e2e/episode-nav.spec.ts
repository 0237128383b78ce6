// The overview strip: every episode is a named block; a click or Enter zooms the timeline to
// it, the URL's window follows (Back returns), and the block of the episode in view is current.
import { expect, test, type Page } from '@playwright/test';
import type { Episode } from '../src/domain/dataset-schema.ts';
import { loadDataset } from './dataset.ts';
import { getTimelineBoxes, getUrlWindow, isInside } from './timeline-geometry.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const strip = (page: Page) => page.getByRole('navigation', { name: 'Episodes' });
const block = (page: Page, episode: Episode) =>
  strip(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(episode.title)}, `) });

/** At least one of the episode's items lies wholly inside the timeline's item area. */
async function expectEpisodeInView(page: Page, episode: Episode) {
  const ids = new Set<string>(episode.eventIds);
  await expect
    .poll(async () => {
      const { center, items } = await getTimelineBoxes(page);
      return items.some((item) => ids.has(item.id) && isInside(item.box, center));
    })
    .toBe(true);
}

test('every episode is a block named by its title and dates', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  await page.goto('./');
  await expect(strip(page).getByRole('button')).toHaveCount(dataset.episodes.length);
  for (const episode of dataset.episodes) {
    await expect(block(page, episode)).toHaveAccessibleName(/, \d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/);
  }
});

test('a click zooms to the episode; the URL follows and Back returns', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const [first, second] = [...dataset.episodes].sort((a, b) => a.start.localeCompare(b.start)).slice(-2);
  await page.goto('./');
  await expect(page.locator('.timeline-canvas .vis-item.tl-event').first()).toBeVisible();

  await block(page, first!).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const firstWindow = getUrlWindow(page)!;
  expect(firstWindow.from <= first!.start && firstWindow.to >= first!.end).toBe(true);
  await expect(block(page, first!)).toHaveAttribute('aria-current', 'true');
  await expectEpisodeInView(page, first!);

  await block(page, second!).click();
  await expect.poll(() => getUrlWindow(page)?.from).not.toBe(firstWindow.from);
  await expect(block(page, second!)).toHaveAttribute('aria-current', 'true');
  await expectEpisodeInView(page, second!);

  await page.goBack();
  await expect.poll(() => getUrlWindow(page)).toEqual(firstWindow);
  await expectEpisodeInView(page, first!);
});

test('from the keyboard: one tab stop, arrow keys between blocks, Enter zooms', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  const sorted = [...dataset.episodes].sort((a, b) => a.start.localeCompare(b.start));
  test.skip(sorted.length < 2, 'needs two episodes');
  await page.goto('./');
  await block(page, sorted[0]!).focus();
  await page.keyboard.press('ArrowRight');
  await expect(block(page, sorted[1]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=/);
  await expectEpisodeInView(page, sorted[1]!);
  // Only the block last used is in the tab order.
  const tabbable = strip(page).locator('button[tabindex="0"]');
  await expect(tabbable).toHaveCount(1);
  await expect(tabbable).toHaveAccessibleName(new RegExp(`^${escapeRegExp(sorted[1]!.title)}`));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
