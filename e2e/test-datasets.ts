// Small hand-made datasets for specs that serve their own data/ files with page.route, laid out as the
// pipeline writes them (the index, data/dataset.json, and data/articles/*.json for the article texts).
// Each one passes the shared schema unless its name says otherwise (the specs check that with
// fullDatasetSchema).
import type { APIRequestContext, Page } from '@playwright/test';
import type { z } from 'zod';
import type { ArticleTextFile } from '../src/domain/article-text-schema.ts';
import { DATASET_FILE, toDataFiles } from '../src/domain/dataset-layout.ts';
import type { fullDatasetSchema } from '../src/domain/full-dataset-schema.ts';

/** The index and the article texts as JSON, before the schema brands their ids. */
export type DatasetJson = z.input<typeof fullDatasetSchema>;

/** Markup that would run or show itself if any text reached the page as HTML. */
export const PAYLOADS = {
  img: '<img src=x onerror=alert("img")>',
  script: '<script>alert("script")</script>',
  svg: '"><svg onload=alert("svg")>',
  iframe: `<iframe src="javascript:alert('iframe')"></iframe>`,
  link: `<a href="javascript:alert('a')">click me</a>`,
  style: '<style>body{display:none}</style>',
} as const;

// An article's text, with the span of each paragraph, so sources can quote exact slices of it.
function toArticleText(title: string, paragraphs: readonly string[]) {
  let text = `${title}\n\n`;
  const spans = paragraphs.map((paragraph) => {
    const start = text.length;
    text += `${paragraph}\n\n`;
    return { start, end: start + paragraph.length };
  });
  return { text, spans };
}

/**
 * A valid dataset in which every piece of text a person sees carries markup: titles, names, offices,
 * places, outlets, article text, quoted sentences, episode titles; one article url is "javascript:",
 * which the schema's url check accepts and which must never become a link.
 */
export function getHostileDataset(): DatasetJson {
  const { img, script, svg, iframe, link, style } = PAYLOADS;
  const first = toArticleText(`Talks ${img}`, [
    `Kerry met the envoy ${img} in Geneva on Monday.`,
    `The envoy said ${script} was unacceptable on Tuesday.`,
  ]);
  const second = toArticleText(`Veto ${svg}`, [`The council vote ${link} failed in November 2016.`]);
  const source = (articleId: string, article: typeof first, index: number, dateText: string) => {
    const span = article.spans[index]!;
    return { articleId, ...span, text: article.text.slice(span.start, span.end), dateText };
  };
  return {
    schemaVersion: 2,
    generator: `e2e hostile dataset ${script}`,
    articles: [
      {
        id: 'hostile-talks',
        file: `${img}.txt`,
        title: `Talks ${img}`,
        published: '2016-12-28',
        outlet: `Outlet ${script}`,
        url: 'javascript:alert("url")',
        actorIds: ['hostile-person'],
        warnings: [`warning ${iframe}`],
        textFile: 'articles/hostile-talks.json',
      },
      {
        id: 'hostile-veto',
        file: 'veto.txt',
        title: `Veto ${svg}`,
        published: '2016-12-01',
        outlet: null,
        url: 'https://news.example/veto?a=<b>&c="d"',
        actorIds: [],
        warnings: [],
        textFile: 'articles/hostile-veto.json',
      },
    ],
    articleTexts: [
      { id: 'hostile-talks', text: first.text, paragraphs: first.spans },
      { id: 'hostile-veto', text: second.text, paragraphs: second.spans },
    ],
    actors: [
      {
        id: 'hostile-person',
        name: `Envoy ${img}`,
        aliases: [script],
        kind: 'person',
        offices: [{ role: 'special-envoy', title: `Envoy ${svg}`, start: '2015-01-01', end: null }],
        origin: 'text',
      },
      {
        id: 'hostile-organization',
        name: `Council ${script}`,
        aliases: [],
        kind: 'organization',
        offices: [],
        origin: 'gazetteer',
      },
    ],
    events: [
      {
        id: '2016-12-26-envoy-meets',
        date: '2016-12-26',
        precision: 'day',
        type: 'meeting',
        title: `Envoy meets ${img}`,
        actorIds: ['hostile-person', 'hostile-organization'],
        agentIds: ['hostile-person'],
        targetIds: ['hostile-organization'],
        place: `Geneva ${svg}`,
        episodeId: 'hostile-episode',
        sources: [source('hostile-talks', first, 0, 'on Monday')],
      },
      {
        id: '2016-12-27-envoy-statement',
        date: '2016-12-27',
        precision: 'day',
        type: 'statement',
        title: `Statement ${script}`,
        actorIds: ['hostile-person'],
        agentIds: ['hostile-person'],
        targetIds: [],
        place: null,
        episodeId: 'hostile-episode',
        sources: [source('hostile-talks', first, 1, 'on Tuesday')],
      },
      {
        id: '2016-11-council-veto',
        date: '2016-11',
        precision: 'month',
        type: 'veto',
        title: `Veto ${link}`,
        actorIds: ['hostile-organization'],
        agentIds: ['hostile-organization'],
        targetIds: [],
        place: style,
        episodeId: null,
        sources: [source('hostile-veto', second, 0, 'in November 2016')],
      },
    ],
    episodes: [
      {
        id: 'hostile-episode',
        title: `Episode ${style} ${iframe}`,
        start: '2016-12-26',
        end: '2016-12-27',
        eventIds: ['2016-12-26-envoy-meets', '2016-12-27-envoy-statement'],
        actorIds: ['hostile-person', 'hostile-organization'],
      },
    ],
  };
}

/** A valid dataset with articles but no dated events, as a corpus without events produces. */
export function getEventlessDataset(): DatasetJson {
  const dataset = getHostileDataset();
  return { ...dataset, events: [], episodes: [] };
}

/**
 * Serves `body` as data/dataset.json (or the status alone) until the route is removed. A dataset is
 * served as the pipeline writes it: its index there, its article texts under data/articles/ (any other
 * article file is a 404); a string is the index's body alone, the built site's article files stay.
 */
export async function serveDataset(page: Page, body: string | DatasetJson, status = 200) {
  const files = typeof body === 'string' ? new Map([[DATASET_FILE, body]]) : toDataFiles(body);
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: files.get(DATASET_FILE) }),
  );
  if (typeof body === 'string') return;
  await page.route('**/data/articles/*', (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    const text = files.get(file);
    return route.fulfill(
      text === undefined
        ? { status: 404, contentType: 'text/plain', body: 'Not found' }
        : { status: 200, contentType: 'application/json', body: text },
    );
  });
}

/** Serves `body` as one text file, e.g. "articles/x.json" (or the status alone), over whatever else serves it. */
export async function serveArticleText(page: Page, textFile: string, body: string | object, status = 200) {
  await page.route(`**/data/${textFile}`, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/**
 * The built site's dataset with every article in a text file of its own, so that reading one
 * article loads no other's text (the seeds' few articles share one file as the pipeline writes them).
 */
export async function getOneArticlePerFileDataset(request: APIRequestContext): Promise<DatasetJson> {
  const index = (await (await request.get('data/dataset.json')).json()) as DatasetJson;
  const files = [...new Set(index.articles.map((article) => article.textFile))];
  const texts = [];
  for (const file of files)
    texts.push(...((await (await request.get(`data/${file}`)).json()) as ArticleTextFile).articles);
  return {
    ...index,
    articles: index.articles.map((article) => ({ ...article, textFile: `articles/${article.id}.json` })),
    articleTexts: texts,
  };
}
