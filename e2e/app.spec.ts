import { expect, test } from '@playwright/test';
import { loadDataset, sortedEvents } from './dataset.ts';

test.describe('exploring the timeline', () => {
  test('clicking an event on the timeline shows its details and source', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = dataset.events.find((e) => e.precision === 'day' && e.sources.length > 0)!;
    await page.goto('./');
    const timeline = page.getByRole('application', { name: 'Timeline' });
    await timeline.getByText(event.title, { exact: true }).first().click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
    await expect(details.getByText(event.sources[0]!.text)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
  });

  test('opens the article with the source sentence highlighted', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = sortedEvents(dataset)[0]!;
    const source = event.sources[0]!;
    const article = dataset.articles.find((a) => a.id === source.articleId)!;
    await page.goto('./');
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: new RegExp(escape(event.title)) })
      .first()
      .click();
    await page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: `Read in article “${article.title}” with this sentence highlighted` })
      .first()
      .click();
    const reader = page.getByRole('region', { name: 'Article' });
    await expect(reader.getByRole('heading', { name: article.title })).toBeVisible();
    const mark = reader.locator('mark');
    await expect(mark).toHaveText(source.text);
    await expect(mark).toBeInViewport();
  });

  test('goes from an event to an actor and back', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = dataset.events.find((e) => e.agentIds.length > 0)!;
    const actor = dataset.actors.find((a) => a.id === event.agentIds[0])!;
    await page.goto(`./?event=${event.id}`);
    await page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: actor.name, exact: true })
      .click();
    const panel = page.getByRole('region', { name: 'Actor details' });
    await expect(panel.getByRole('heading', { name: actor.name })).toBeVisible();
    const actorEvents = dataset.events.filter((e) => e.actorIds.includes(actor.id));
    await expect(panel.getByRole('listitem')).toHaveCount(actorEvents.length);
    await page.goBack();
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: event.title }),
    ).toBeVisible();
    await page.goForward();
    await expect(panel.getByRole('heading', { name: actor.name })).toBeVisible();
  });

  test('filters by two actors: the list shows only their events', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const counts = new Map<string, number>();
    for (const e of dataset.events) for (const id of e.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [a, b] = [...counts]
      .sort((x, y) => y[1] - x[1])
      .slice(1, 3)
      .map(([id]) => dataset.actors.find((x) => x.id === id)!);
    const expected = dataset.events.filter((e) => e.actorIds.includes(a!.id) || e.actorIds.includes(b!.id));
    await page.goto('./');
    const filter = page.getByRole('combobox', { name: 'Filter by actor' });
    for (const actor of [a!, b!]) {
      await filter.fill(actor.name);
      await page
        .getByRole('option', { name: new RegExp(`^${escape(actor.name)}`) })
        .first()
        .click();
    }
    await expect(page.getByText(`${expected.length} of ${dataset.events.length} events`)).toBeVisible();
    const list = page.getByRole('list', { name: 'Events' });
    await expect(list.getByRole('listitem')).toHaveCount(expected.length);
    for (const event of expected)
      await expect(list.getByText(event.title, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`actors=(${a!.id},${b!.id}|${b!.id},${a!.id})`));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(dataset.events.length),
    );
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
