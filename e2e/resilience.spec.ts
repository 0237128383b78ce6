// What the built app does when its data is missing, broken, empty or odd, and when the network drops.
import { expect, test, type Page } from '@playwright/test';
import { parseDataset } from '../src/domain/dataset-schema.ts';
import { loadDataset } from './dataset.ts';
import { getEventlessDataset, getHostileDataset, serveDataset } from './test-datasets.ts';
import { useApp } from './use-app.ts';

async function getRealDatasetText(page: Page) {
  const response = await page.request.get('data/dataset.json');
  return response.text();
}

const BAD_DATASETS: readonly {
  readonly name: string;
  readonly serve: (page: Page, real: string) => Promise<void>;
  readonly message: string | RegExp;
}[] = [
  {
    name: 'missing (404)',
    serve: (page) => serveDataset(page, 'Not Found', 404),
    message: 'The dataset could not be downloaded (HTTP 404).',
  },
  {
    name: 'unreachable (network error)',
    serve: async (page) => {
      await page.route('**/data/dataset.json', (route) => route.abort('internetdisconnected'));
    },
    message: 'The dataset could not be downloaded: the network request failed.',
  },
  { name: 'empty', serve: (page) => serveDataset(page, ''), message: 'The dataset file is empty.' },
  {
    name: 'truncated',
    serve: (page, real) => serveDataset(page, real.slice(0, Math.floor(real.length / 2))),
    message: 'The dataset file is not valid JSON; it may be truncated.',
  },
  {
    name: 'an HTML page instead of JSON',
    serve: (page) => serveDataset(page, '<!doctype html><title>Not here</title>'),
    message: 'The dataset file is not valid JSON; it may be truncated.',
  },
  {
    name: 'schema-invalid',
    serve: (page, real) => {
      const json = JSON.parse(real) as { events: { date: string }[] };
      json.events[0]!.date = 'last Tuesday';
      return serveDataset(page, JSON.stringify(json));
    },
    message:
      /^The dataset file does not match the expected format \(\d+ problems?; first at events\.0\.date: /,
  },
];

test.describe('a bad data/dataset.json gives the error view, and Retry recovers', () => {
  for (const bad of BAD_DATASETS) {
    test(`${bad.name}`, async ({ page }) => {
      const real = await getRealDatasetText(page);
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.message));
      await bad.serve(page, real);
      await page.goto('./');

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'The timeline could not be loaded' })).toBeVisible();
      await expect(alert.getByText(bad.message)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Diplomacy Timeline' })).toBeVisible();

      // The file is fixed on the server; Retry loads the app without a reload.
      await page.unrouteAll({ behavior: 'wait' });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(uncaught).toEqual([]);
    });
  }
});

test('a dataset with no events says so, with its article count', async ({ page }) => {
  const dataset = getEventlessDataset();
  expect(() => parseDataset(dataset)).not.toThrow();
  await serveDataset(page, dataset);
  await page.goto('./');
  const status = page
    .getByRole('status')
    .filter({ has: page.getByRole('heading', { name: 'No events yet' }) });
  await expect(status).toContainText(
    `The dataset has ${dataset.articles.length} articles but no dated events.`,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('odd data that the schema accepts shows without any panel failing', async ({ page }) => {
  // Shapes the schema allows but a panel could trip on: an actor with no events and an office
  // still open, dates at the edges of the years the schema accepts, an episode of one day, and a
  // paragraph list that skips most of the text.
  const dataset = getHostileDataset();
  const [, second, third] = dataset.events;
  Object.assign(third!, { date: '2999-11', precision: 'month', episodeId: 'hostile-episode' });
  Object.assign(second!, { date: '1000', precision: 'year' });
  dataset.articles[1]!.paragraphs = [{ start: 0, end: 1 }];
  dataset.actors[0]!.offices = [{ role: 'envoy', title: 'Envoy', start: '1000-01-01', end: null }];
  Object.assign(dataset.episodes[0]!, { start: '2000-01-01', end: '2000-01-01' });
  expect(() => parseDataset(dataset)).not.toThrow();

  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await serveDataset(page, dataset);
  const details = page.getByRole('region', { name: 'Event details' });
  for (const event of dataset.events) {
    // By link: the list shows only the events in the timeline's window, which follows the selection.
    await page.goto(`./?event=${event.id}`);
    await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
    await details
      .getByRole('button', { name: /^Read in article/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();
    await page.getByRole('button', { name: 'Close article' }).click();
  }
  await page.goto('./?actor=hostile-person');
  await expect(page.getByRole('region', { name: 'Actor details' })).toBeVisible();
  for (const lanes of ['type', 'actor'] as const) {
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption(lanes);
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(uncaught).toEqual([]);
});

test('everything keeps working after the network drops', async ({ page, context, request }) => {
  const dataset = await loadDataset(request);
  await page.goto('./');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));

  await context.setOffline(true);
  await useApp(page, dataset);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Nothing the app needs went to the network once the page had loaded. (Chromium asks for the tab's
  // icon again on each history entry; that icon is decoration and its failure shows nowhere.)
  expect(failed.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
  await context.setOffline(false);
});
