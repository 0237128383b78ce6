// Everything with the keyboard only: no clicks, no fills, just Tab, Shift+Tab, arrows, Enter and
// Escape, as a person without a mouse works. Focus must always be visible and must come back to
// where it was when a panel closes.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { loadDataset, sortedEvents } from './dataset.ts';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

async function isFocused(target: Locator) {
  return (await target.count()) > 0 && (await target.first().evaluate((el) => el === document.activeElement));
}

/** The focused element draws a ring of at least 2px that is not transparent. */
async function expectFocusRing(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.color).not.toMatch(/rgba\(.*, 0\)|transparent/);
}

test('a whole task with the keyboard: filter, open an event, read its source, close back to the list', async ({
  page,
  request,
}) => {
  const dataset = await loadDataset(request);
  // An actor with a single-word-safe name and an event that has a readable source.
  const event = sortedEvents(dataset).find(
    (e) => e.agentIds.length > 0 && e.sources.length > 0 && e.precision === 'day',
  )!;
  const actor = dataset.actors.find((a) => a.id === event.agentIds[0])!;
  const article = dataset.articles.find((a) => a.id === event.sources[0]!.articleId)!;
  const actorEvents = sortedEvents(dataset).filter((e) => e.actorIds.includes(actor.id));
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list).toBeVisible();

  // Find the actor by typing, move to it with the arrow keys, choose it with Enter.
  const filter = page.getByRole('combobox', { name: 'Filter by actor' });
  await tabTo(page, filter);
  await expectFocusRing(filter);
  await page.keyboard.type(actor.name);
  await expect(filter).toHaveAttribute('aria-expanded', 'true');
  const wanted = page.getByRole('option', { name: `${actor.name} (${actorEvents.length})`, exact: true });
  const wantedId = await wanted.getAttribute('id');
  for (let i = 0; i < 20 && (await filter.getAttribute('aria-activedescendant')) !== wantedId; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(filter).toHaveAttribute('aria-activedescendant', wantedId!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Remove ${actor.name}` })).toBeVisible();
  await expect(page.getByText(`${actorEvents.length} of ${dataset.events.length} events`)).toBeVisible();
  await page.keyboard.press('Escape'); // closes the popup, focus stays in the field

  // On to the list; the arrow keys move between rows, Enter opens one.
  const rows = list.getByRole('button');
  await tabTo(page, rows.first());
  await expectFocusRing(rows.first());
  const index = actorEvents.indexOf(event);
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  const row = list.getByRole('button', { name: new RegExp(escape(event.title)) }).first();
  await expect(row).toBeFocused();
  await expectFocusRing(row);
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeFocused();

  // Open its source in the article reader; the quoted sentence is highlighted and in view.
  const read = details
    .getByRole('button', { name: `Read in article “${article.title}”`, exact: false })
    .first();
  await tabTo(page, read);
  await expectFocusRing(read);
  await page.keyboard.press('Enter');
  const reader = page.getByRole('region', { name: 'Article' });
  await expect(reader.getByRole('heading', { name: article.title })).toBeFocused();
  const mark = reader.locator('mark');
  await expect(mark).toHaveText(event.sources[0]!.text);
  await expect(mark).toBeInViewport();

  // Escape goes back to the event, to the very button that opened the article…
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  await expect(read).toBeFocused();
  // …and Escape again closes the event, putting focus back on its row in the list.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(row).toBeFocused();
  await expect(page).not.toHaveURL(/[?&]event=/);
});

test('Home/End in the list, and Escape from the actor panel returns to the actor link', async ({
  page,
  request,
}) => {
  const dataset = await loadDataset(request);
  const events = sortedEvents(dataset);
  const event = events.find((e) => e.agentIds.length > 0)!;
  const actor = dataset.actors.find((a) => a.id === event.agentIds[0])!;
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Events' });
  await tabTo(page, list.getByRole('button').first());
  await page.keyboard.press('End');
  await expect(list.getByRole('button', { name: new RegExp(escape(events.at(-1)!.title)) })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(list.getByRole('button').first()).toBeFocused();

  await page.goto(`./?event=${event.id}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
  const link = details.getByRole('button', { name: actor.name, exact: true }).first();
  await tabTo(page, link);
  await expectFocusRing(link);
  await page.keyboard.press('Enter');
  const actorPanel = page.getByRole('region', { name: 'Actor details' });
  await expect(actorPanel.getByRole('heading', { name: actor.name })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(actorPanel).toHaveCount(0);
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
});

test('an event picked on the timeline (the one mouse step) returns focus there on Escape', async ({
  page,
  request,
}) => {
  const event = sortedEvents(await loadDataset(request)).find((e) => e.precision === 'day')!;
  await page.goto('./');
  const timeline = page.getByRole('application', { name: 'Timeline' });
  await timeline.getByText(event.title, { exact: true }).first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: event.title })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(timeline).toBeFocused();
});

test('the timeline: buttons and keys zoom, pan and fit, with a visible focus ring', async ({ page }) => {
  await page.goto('./');
  const timeline = page.getByRole('application', { name: 'Timeline' });
  await expect(timeline.locator('.vis-timeline')).toBeVisible();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await tabTo(page, zoomIn);
  await expectFocusRing(zoomIn);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]from=.*&to=/);
  const zoomed = new URL(page.url());

  await tabTo(page, timeline);
  await expectFocusRing(timeline);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => new URL(page.url()).searchParams.get('from'))
    .not.toBe(zoomed.searchParams.get('from'));
  const moved = new URL(page.url()).searchParams.get('from');
  await page.keyboard.press('+');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(moved);
  const width = () => {
    const params = new URL(page.url()).searchParams;
    return Date.parse(params.get('to')!) - Date.parse(params.get('from')!);
  };
  const narrow = width();
  await page.keyboard.press('0');
  await expect.poll(width).toBeGreaterThan(narrow);

  // The lanes overflow the timeline's height: their column is the next stop, and Page Down
  // scrolls the lanes and the events in them together.
  const lanesColumn = timeline.getByRole('group', { name: /^Lanes/ });
  await page.keyboard.press('Tab');
  await expectFocusRing(lanesColumn);
  const itemsTop = () =>
    timeline.locator('.vis-center > .vis-content').evaluate((el) => el.getBoundingClientRect().top);
  const before = await itemsTop();
  await page.keyboard.press('PageDown');
  await expect.poll(() => lanesColumn.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect.poll(itemsTop).toBeLessThan(before);

  // Back out with Shift+Tab to the lane switch: it is a native select the arrow keys change.
  const lanes = page.getByRole('combobox', { name: 'Lanes' });
  await tabTo(page, lanes, { back: true });
  await expectFocusRing(lanes);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/[?&]lanes=/);
});

test('the skip link is the first stop and puts focus in the event list', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to event list' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusRing(skip);
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: 'Event list' });
  await expect(region).toBeFocused();
  // The next Tab lands on a row of the list, not back at the top of the page.
  await page.keyboard.press('Tab');
  await expect(region.getByRole('list', { name: 'Events' }).getByRole('button').first()).toBeFocused();
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
