// One walk through everything a person can do on the loaded page, asserting that each step worked:
// shared by the specs that check what happens meanwhile (CSP violations, requests, working offline).
import { expect, type Page } from '@playwright/test';
import type { Dataset } from '../src/domain/dataset-schema.ts';
import { sortedEvents } from './dataset.ts';

export interface UseAppOptions {
  /** Also download the CSV, JSON and iCalendar exports. */
  readonly exports?: boolean;
}

export async function useApp(page: Page, dataset: Dataset, { exports = true }: UseAppOptions = {}) {
  const list = page.getByRole('list', { name: 'Events' });
  const details = page.getByRole('region', { name: 'Event details' });
  const event = sortedEvents(dataset)[0]!;
  const source = event.sources[0]!;
  const article = dataset.articles.find((a) => a.id === source.articleId)!;

  // Select an event in the list, then open its source article (its text, loaded on demand, with the
  // sentence marked) and close it again.
  await list.getByRole('button').first().click();
  await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
  await details
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  const reader = page.getByRole('region', { name: 'Article' });
  await expect(reader.getByRole('heading', { name: article.title })).toBeVisible();
  await expect(reader.locator('mark')).toHaveText(source.text);
  await reader.getByRole('button', { name: 'Close article' }).click();
  await expect(details).toBeVisible();

  // The timeline: zoom, fit, a tooltip, and the other lane groupings.
  const timeline = page.getByRole('application', { name: 'Timeline' });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  // An event of the first lane (the earliest episode): events in no episode share a lane at the
  // bottom, which may sit below the timeline's own scrolled area.
  const firstEpisode = [...dataset.episodes].sort((a, b) => a.start.localeCompare(b.start))[0];
  const shown =
    sortedEvents(dataset).find((e) => e.episodeId === firstEpisode?.id && e.status !== 'planned') ?? event;
  await timeline.getByText(shown.title, { exact: true }).first().hover();
  await expect(page.locator('.vis-tooltip')).toBeVisible();
  for (const lanes of ['type', 'actor', 'episode'] as const) {
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption(lanes);
    await expect(page).toHaveURL(lanes === 'episode' ? /^(?!.*lanes=)/ : new RegExp(`lanes=${lanes}`));
  }

  // Filters: an actor, an event type, a search with its result stepping; then clear them.
  const actor = dataset.actors.find((a) => a.id === event.actorIds[0]);
  if (actor) {
    await page.getByRole('combobox', { name: 'Filter by actor' }).fill(actor.name);
    await page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(actor.name)}`) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`actors=${actor.id}`));
  }
  await page.getByRole('button', { name: /^Types/ }).click();
  await page.getByRole('group', { name: 'Event types' }).getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/types=/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const word = event.title.split(/\s+/).find((w) => w.length > 3) ?? event.title;
  await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next result' }).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(dataset.events.length),
  );

  if (exports) {
    for (const label of ['Download CSV', 'Download JSON', 'Download iCalendar']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByRole('menuitem', { name: label }).click();
      expect((await download).suggestedFilename()).toMatch(/^diplomacy-timeline-events\.(csv|json|ics)$/);
    }
  }
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Copy link' }).click();
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
