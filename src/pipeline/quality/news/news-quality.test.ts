// Keeps every extraction figure from falling: each news-gold corpus (seeds, the development set,
// the project's evaluation sets, the untouched holdout) is ingested as `npm run ingest` would, scored,
// and compared with the figures recorded in floors.json. Raise a floor when a figure improves;
// lowering one is a decision to write down in the commit message.
// `npx tsx src/pipeline/quality/news/report.ts` prints every miss (the holdout's only on request).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runPipeline } from '../../run-pipeline.ts';
import { formatNewsTable } from './format-news.ts';
import { NEWS_CORPORA, readNewsCorpus } from './read-news-corpus.ts';
import { scoreNews, type NewsScore } from './score-news.ts';

const ratios = ['dateRecall', 'eventRecall', 'datePrecision', 'actorRecall', 'agentRecall'] as const;
const counts = ['junk', 'falseVetoes', 'falseClaims'] as const;
const floorSchema = z.object({
  ...Object.fromEntries(ratios.map((k) => [k, z.number().min(0).max(1)])),
  ...Object.fromEntries(counts.map((k) => [k, z.number().int().min(0)])),
} as Record<(typeof ratios)[number] | (typeof counts)[number], z.ZodNumber>);
const floors = z
  .record(z.string(), floorSchema)
  .parse(JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')));

const scores = new Map<string, NewsScore>();
beforeAll(() => {
  for (const entry of NEWS_CORPORA) {
    const corpus = readNewsCorpus(entry);
    scores.set(entry.name, scoreNews(runPipeline(corpus.articles).dataset, corpus.gold));
  }
  console.log(formatNewsTable([...scores].map(([name, score]) => ({ name, score }))));
}, 120_000);

describe.each(NEWS_CORPORA.map((c) => c.name))('extraction on %s', (name) => {
  it('has recorded floors', () => expect(floors[name]).toBeDefined());

  it.each(ratios)('%s does not fall below its floor', (key) => {
    expect(scores.get(name)![key]).toBeGreaterThanOrEqual(floors[name]![key] - 1e-9);
  });

  it.each(counts)('%s does not rise above its ceiling', (key) => {
    expect(scores.get(name)![key]).toBeLessThanOrEqual(floors[name]![key]);
  });
});
