// The first view gives its width to events: quiet periods are hidden by default, every
// episode shows at the initial view, "Fit all" cuts no title at the edges, and moving, zooming
// and deep links work across a hidden stretch. Zoom steps add up when clicked quickly.
import { expect, test, type Page } from '@playwright/test';
import { getSpanEnd, getSpanStart } from '../src/domain/partial-date.ts';
import { loadDataset, sortedEvents } from './dataset.ts';
import {
  addDays,
  daysBetween,
  getLongestQuietStretch,
  getTimelineBoxes,
  getUrlWindow,
  isAcross,
  isInside,
} from './timeline-geometry.ts';

test.use({ viewport: { width: 1440, height: 900 } });

async function openTimeline(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('.timeline-canvas .vis-item.tl-event').first()).toBeVisible();
  // Let the window settle (the first draw, then our own fit one frame later).
  await page.waitForTimeout(600);
}

/** Waits until the URL holds a window other than `before`, and returns it. */
async function nextUrlWindow(page: Page, before: { from: string; to: string } | null) {
  await expect
    .poll(() => JSON.stringify(getUrlWindow(page)), { timeout: 5000 })
    .not.toBe(JSON.stringify(before));
  return getUrlWindow(page)!;
}

/** Waits until the URL's window has changed from `before` and then stays put for a second. */
async function settledUrlWindow(page: Page, before: { from: string; to: string } | null) {
  let last = await nextUrlWindow(page, before);
  for (;;) {
    await page.waitForTimeout(1000);
    const now = getUrlWindow(page)!;
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
}

test('every episode has an item fully inside the timeline at the first view', async ({ page, request }) => {
  const dataset = await loadDataset(request);
  await openTimeline(page);
  const { center, items } = await getTimelineBoxes(page);
  for (const episode of dataset.episodes) {
    const ids = new Set<string>(episode.eventIds);
    const inside = items.filter((item) => ids.has(item.id) && isInside(item.box, center));
    expect(inside.length, `${episode.title}: an item fully inside the timeline`).toBeGreaterThan(0);
  }
});

test('quiet periods are hidden by default, with a break mark; compress=0 shows true scale', async ({
  page,
  request,
}) => {
  const dataset = await loadDataset(request);
  const quiet = getLongestQuietStretch(dataset);
  test.skip(daysBetween(quiet.from, quiet.until) < 180, 'the dataset has no long quiet stretch');
  await openTimeline(page);
  await expect(page.locator('.vis-item.tl-break').first()).toBeVisible();
  const compressed = await getTimelineBoxes(page);
  const switchBox = page.getByRole('checkbox', { name: 'Compress quiet periods' });
  await expect(switchBox).toBeChecked();

  await switchBox.uncheck();
  await expect(page).toHaveURL(/compress=0/);
  await expect(page.locator('.vis-item.tl-break')).toHaveCount(0);
  await page.waitForTimeout(600);
  const trueScale = await getTimelineBoxes(page);
  // Hiding the empty years spreads the events out: the busiest episode takes more width.
  const busiest = [...dataset.episodes].sort((a, b) => b.eventIds.length - a.eventIds.length)[0]!;
  const ids = new Set<string>(busiest.eventIds);
  const spread = (boxes: typeof compressed) => {
    const xs = boxes.items.filter((i) => ids.has(i.id)).map((i) => i.box.left);
    return Math.max(...xs) - Math.min(...xs);
  };
  expect(spread(compressed)).toBeGreaterThan(spread(trueScale));

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Compress quiet periods' })).not.toBeChecked();
  await expect(page.locator('.vis-item.tl-break')).toHaveCount(0);
});

for (const compress of ['', '?compress=0']) {
  test(`after "Fit all" no item is cut at the timeline's edges (${compress || 'compressed'})`, async ({
    page,
  }) => {
    // A window with no event in it: nothing to wait for but the timeline itself.
    await page.goto(`./${compress ? `${compress}&` : '?'}from=2000-01-01&to=2000-02-01`);
    await expect(page.getByRole('application', { name: 'Timeline' })).toBeVisible();
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page.locator('.timeline-canvas .vis-item.tl-event').first()).toBeVisible();
    await page.waitForTimeout(800);
    const { center, items } = await getTimelineBoxes(page);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (!isAcross(item.box, center)) continue; // off in another lane's hidden scroll area
      expect(item.box.left, `${item.text} starts inside`).toBeGreaterThanOrEqual(center.left - 0.5);
      expect(item.box.right, `${item.text} ends inside`).toBeLessThanOrEqual(center.right + 0.5);
    }
  });
}

test('three quick clicks on Zoom in zoom three steps', async ({ page, request }) => {
  // Open on a window around the first event (so an item is drawn), then fit all.
  const first = sortedEvents(await loadDataset(request))[0]!.date.slice(0, 7);
  const away = { from: `${first}-01`, to: addDays(`${first}-01`, 40) };
  await openTimeline(page, `?compress=0&from=${away.from}&to=${away.to}`);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const fitted = await settledUrlWindow(page, away);
  // Three clicks within one task: each must count although no animation has finished.
  await page.getByRole('button', { name: 'Zoom in' }).evaluate((button: HTMLElement) => {
    button.click();
    button.click();
    button.click();
  });
  const zoomed = await settledUrlWindow(page, fitted);
  const ratio = daysBetween(fitted.from, fitted.to) / daysBetween(zoomed.from, zoomed.to);
  expect(ratio).toBeGreaterThan(1.5 ** 3 * 0.9);
  expect(ratio).toBeLessThan(1.5 ** 3 * 1.1);
});

test.describe('across a hidden quiet stretch', () => {
  test('a deep link spanning it shows both sides and keeps its window', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const quiet = getLongestQuietStretch(dataset);
    const from = addDays(quiet.from, -6);
    const to = addDays(quiet.until, 6);
    await openTimeline(page, `?from=${from}&to=${to}`);
    const { center, items } = await getTimelineBoxes(page);
    // By span, not by date string: an event known only to the month ("2021-05") starts on its 1st.
    const before = dataset.events.filter(
      (e) => getSpanStart(e.date) < quiet.from && getSpanEnd(e.date) >= from,
    );
    const after = dataset.events.filter(
      (e) => getSpanStart(e.date) >= quiet.until && getSpanStart(e.date) <= to,
    );
    const shown = (events: typeof before) =>
      items.some((item) => events.some((e) => e.id === item.id) && isAcross(item.box, center));
    expect(shown(before), 'events before the stretch').toBe(true);
    expect(shown(after), 'events after the stretch').toBe(true);
    await expect(page.locator('.vis-item.tl-break').first()).toBeVisible();
    expect(getUrlWindow(page)).toEqual({ from, to });
  });

  test('Move right steps over it by shown width, not calendar width', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const quiet = getLongestQuietStretch(dataset);
    const start = { from: addDays(quiet.from, -5), to: addDays(quiet.from, 1) };
    await openTimeline(page, `?from=${start.from}&to=${start.to}`);
    const move = page.getByRole('button', { name: 'Move right' });
    await move.click();
    await move.click();
    // The window after both steps, not the first change the URL shows.
    const moved = await settledUrlWindow(page, start);
    // 3 shown days to the right: the left edge is still before the stretch, the right edge
    // is past it, where activity resumes.
    expect(moved.from < quiet.from).toBe(true);
    expect(moved.to > addDays(quiet.until, -15)).toBe(true);
  });

  test('Zoom out around it widens by shown time', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const quiet = getLongestQuietStretch(dataset);
    const start = { from: addDays(quiet.from, -8), to: addDays(quiet.until, 8) };
    await openTimeline(page, `?from=${start.from}&to=${start.to}`);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const zoomed = await nextUrlWindow(page, start);
    // About 20 shown days become about 30: a few days more each side, not months.
    expect(daysBetween(zoomed.from, start.from)).toBeGreaterThan(0);
    expect(daysBetween(zoomed.from, start.from)).toBeLessThan(20);
    expect(daysBetween(start.to, zoomed.to)).toBeLessThan(20);
  });

  test('dragging carries the view over it', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const quiet = getLongestQuietStretch(dataset);
    const start = { from: addDays(quiet.from, -6), to: addDays(quiet.from, 2) };
    await openTimeline(page, `?from=${start.from}&to=${start.to}`);
    const { center } = await getTimelineBoxes(page);
    const y = center.top + 20;
    await page.mouse.move(center.right - 50, y);
    await page.mouse.down();
    for (let x = center.right - 50; x >= center.left + 50; x -= 50) await page.mouse.move(x, y);
    await page.mouse.up();
    const dragged = await nextUrlWindow(page, start);
    expect(dragged.to > quiet.until).toBe(true);
  });

  test('selecting an event beyond it brings the event into view', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const quiet = getLongestQuietStretch(dataset);
    const later = dataset.events.find((e) => e.date >= quiet.until && e.precision === 'day')!;
    await openTimeline(
      page,
      `?from=${addDays(quiet.from, -8)}&to=${addDays(quiet.from, 1)}&event=${later.id}`,
    );
    await page.waitForTimeout(800);
    const { center, items } = await getTimelineBoxes(page);
    const item = items.find((i) => i.id === later.id);
    expect(item && isAcross(item.box, center), 'the selected event is in view').toBe(true);
  });
});
