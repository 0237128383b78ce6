// Reads the dataset the built site serves, so specs compute what they expect from the data
// rather than hard-coding titles that change when the pipeline improves.
import type { APIRequestContext } from '@playwright/test';
import type { ArticleTextFile } from '../src/domain/article-text-schema.ts';
import type { Dataset } from '../src/domain/dataset-schema.ts';

/** The index, data/dataset.json: everything but the article texts. */
export async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  const response = await request.get('data/dataset.json');
  if (!response.ok()) throw new Error(`data/dataset.json: HTTP ${response.status()}`);
  return (await response.json()) as Dataset;
}

/** One file of article texts, as an article's `textFile` names it ("articles/<id>.json"). */
export async function loadArticleTextFile(
  request: APIRequestContext,
  textFile: string,
): Promise<ArticleTextFile> {
  const path = `data/${textFile}`;
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
  return (await response.json()) as ArticleTextFile;
}

/** Events in the order the list shows them: by first day, then id. */
export function sortedEvents(dataset: Dataset) {
  const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return [...dataset.events].sort(
    (a, b) => start(a.date).localeCompare(start(b.date)) || a.id.localeCompare(b.id),
  );
}
