// What the built app does when its data is missing, broken, empty or odd, and when the network drops.
import { expect, test, type Page, type Route } from '@playwright/test';
import type { ArticleText, ArticleTextFile } from '../src/domain/article-text-schema.ts';
import { fullDatasetSchema } from '../src/domain/full-dataset-schema.ts';
import { loadArticleTextFile, loadDataset, sortedEvents } from './dataset.ts';
import {
  getEventlessDataset,
  getHostileDataset,
  getOneArticlePerFileDataset,
  serveArticleText,
  serveDataset,
} from './test-datasets.ts';
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
    message: 'The dataset is missing: the server sent a web page instead of data/dataset.json.',
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
  expect(() => fullDatasetSchema.parse(dataset)).not.toThrow();
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
  dataset.articleTexts[1]!.paragraphs = [{ start: 0, end: 1 }];
  dataset.actors[0]!.offices = [{ role: 'envoy', title: 'Envoy', start: '1000-01-01', end: null }];
  Object.assign(dataset.episodes[0]!, { start: '2000-01-01', end: '2000-01-01' });
  expect(() => fullDatasetSchema.parse(dataset)).not.toThrow();

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
    // Its text loads and shows, or its note does: no error.
    const reader = page.getByRole('region', { name: 'Article' });
    await expect(reader).toBeVisible();
    await expect(reader.getByText('Loading the article’s text…')).toHaveCount(0);
    await expect(reader.getByRole('alert')).toHaveCount(0);
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

/** The text file with the article `id`'s entry changed by `change`. */
const withArticle = (real: ArticleTextFile, id: string, change: (text: ArticleText) => ArticleText) => ({
  articles: real.articles.map((text) => (text.id === id ? change(text) : text)),
});

const BAD_ARTICLE_FILES: readonly {
  readonly name: string;
  readonly serve: (page: Page, file: string, real: ArticleTextFile, articleId: string) => Promise<void>;
  readonly message: string | RegExp;
}[] = [
  {
    name: 'missing (404)',
    serve: (page, file) => serveArticleText(page, file, 'Not Found', 404),
    message: 'The article’s text could not be downloaded (HTTP 404).',
  },
  {
    name: 'unreachable (network error)',
    serve: async (page) => {
      await page.route('**/data/articles/*', (route) => route.abort('internetdisconnected'));
    },
    message: 'The article’s text could not be downloaded: the network request failed.',
  },
  {
    name: 'truncated',
    serve: (page, file, real) => serveArticleText(page, file, JSON.stringify(real).slice(0, 100)),
    message: 'The article’s text could not be downloaded: the file is not valid JSON; it may be truncated.',
  },
  {
    name: 'schema-invalid',
    serve: (page, file, real, id) =>
      serveArticleText(
        page,
        file,
        withArticle(real, id, (text) => ({ ...text, paragraphs: [{ start: 0, end: text.text.length + 5 }] })),
      ),
    message:
      /^The article’s text file does not match the expected format \(first at articles\.\d+\.paragraphs: a paragraph lies outside the text\)\.$/,
  },
  {
    name: 'from another build (the quotes are not where the index says)',
    serve: (page, file, real, id) =>
      serveArticleText(
        page,
        file,
        withArticle(real, id, (text) => ({ ...text, text: `Updated: ${text.text}` })),
      ),
    message: /^The article’s text does not match the dataset: \d+ quoted sentences? (is|are) not in it where/,
  },
];

test.describe('a bad article file gives a clear error in the reader, and Retry recovers', () => {
  for (const bad of BAD_ARTICLE_FILES) {
    test(`${bad.name}`, async ({ page, request }) => {
      const dataset = await loadDataset(request);
      const source = sortedEvents(dataset)[0]!.sources[0]!;
      const { textFile } = dataset.articles.find((a) => a.id === source.articleId)!;
      const real = await loadArticleTextFile(request, textFile);
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.message));
      await bad.serve(page, textFile, real, source.articleId);
      await page.goto('./');

      await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
      const details = page.getByRole('region', { name: 'Event details' });
      await details
        .getByRole('button', { name: /^Read in article/ })
        .first()
        .click();
      const reader = page.getByRole('region', { name: 'Article' });
      const alert = reader.getByRole('alert');
      await expect(alert.getByText(bad.message)).toBeVisible();
      // The index's part of the reader still shows, and the rest of the app is untouched.
      const title = dataset.articles.find((a) => a.id === source.articleId)!.title;
      await expect(reader.getByRole('heading', { name: title })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(1);

      // The file is fixed on the server; Retry shows the text without a reload.
      await page.unrouteAll({ behavior: 'wait' });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(reader.locator('mark')).toHaveText(source.text);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await reader.getByRole('button', { name: 'Close article' }).click();
      await expect(details).toBeVisible();
      expect(uncaught).toEqual([]);
    });
  }
});

test('everything keeps working after the network drops; an article not read yet says why', async ({
  page,
  context,
  request,
}) => {
  // Each article in a text file of its own, so that reading one leaves the others unloaded.
  const split = await getOneArticlePerFileDataset(request);
  await serveDataset(page, split);
  const dataset = await loadDataset(request);
  const events = sortedEvents(dataset);
  const readArticle = events[0]!.sources[0]!.articleId; // the article useApp reads
  const isUnique = (title: string) => events.filter((e) => e.title === title).length === 1;
  const unread = events.find((e) => e.sources[0]!.articleId !== readArticle && isUnique(e.title))!;
  const list = page.getByRole('list', { name: 'Events' });
  const details = page.getByRole('region', { name: 'Event details' });
  const reader = page.getByRole('region', { name: 'Article' });
  await page.goto('./');
  await expect(list).toBeVisible();
  // Read the first event's article while online: the text stays in the page's cache.
  await list.getByRole('button').first().click();
  await details
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  await expect(reader.locator('mark')).toHaveText(events[0]!.sources[0]!.text);
  await reader.getByRole('button', { name: 'Close article' }).click();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));

  await context.setOffline(true);
  // The text files are answered by this test's route, not the network: cut them off too.
  const offline = (route: Route) => route.abort('internetdisconnected');
  await page.route('**/data/articles/*', offline);
  await useApp(page, dataset);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Nothing the app needs went to the network once the page had loaded and the article had been
  // read. (Chromium asks for the tab's icon again on each history entry; that icon is decoration
  // and its failure shows nowhere.)
  expect(failed.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);

  // An article not read yet cannot come offline: the reader says so, and Retry works once online.
  await page.getByRole('searchbox', { name: 'Search events' }).fill(unread.title);
  await list.getByRole('button', { name: unread.title }).first().click();
  await expect(details.getByRole('heading', { name: unread.title })).toBeVisible();
  await details
    .getByRole('button', { name: /^Read in article/ })
    .first()
    .click();
  const alert = reader.getByRole('alert');
  await expect(alert).toContainText(
    'The article’s text could not be downloaded: the network request failed.',
  );
  await context.setOffline(false);
  await page.unroute('**/data/articles/*', offline);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(reader.locator('mark')).toHaveText(unread.sources[0]!.text);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
