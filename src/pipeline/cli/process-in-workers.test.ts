// Worker threads give exactly what this thread gives, in input order, however the batches
// were dealt out.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInputs } from '../input/check-inputs.ts';
import { processArticle, toFindings } from '../process-article.ts';
import type { ArticleInput } from '../types.ts';
import { processInThreads } from './process-in-workers.ts';
import { readInputFolder } from './read-input.ts';

let articles: ArticleInput[];
beforeAll(async () => {
  const seeds = checkInputs(await readInputFolder('seeds')).articles;
  // Twenty articles: several batches each, so more than one thread gets some.
  articles = Array.from({ length: 4 }, (_, copy) =>
    seeds.map((a) => ({ ...a, file: `${copy}-${a.file}`, published: `201${copy}-0${copy + 1}-15` })),
  ).flat();
});

describe('processInThreads', () => {
  it('gives the single-thread findings when a worker does all the work', async () => {
    const { findings, shares } = await processInThreads(articles, 2, { thisThreadWorks: false });
    expect(shares).toEqual([0, articles.length]);
    expect(findings).toEqual(articles.map((a) => toFindings(processArticle(a))));
  }, 60_000);

  it('shares the work with this thread and keeps the input order', async () => {
    const { findings, shares } = await processInThreads(articles, 2);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(articles.length);
    expect(findings.map((f) => f.input.file)).toEqual(articles.map((a) => a.file));
    expect(findings).toEqual(articles.map((a) => toFindings(processArticle(a))));
  }, 60_000);
});
