// The product owner's quality targets, scored against hand-written gold (gold/*.gold.json):
// on the seeds and on unseen articles of the same kind (unseen/), the pipeline must find
// ≥ 90% of dated happenings with the right date and a right actor, emit ≥ 90% correct
// dated events, link ≥ 90% of named actors, and make no person out of boilerplate or a place.
// Run `npx tsx src/pipeline/quality/report.ts` for every miss and false positive.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { formatFindings, formatTable } from './format-report.ts';
import { CORPORA, readCorpus, type Corpus } from './read-corpus.ts';
import { scoreDataset, type QualityScore } from './score.ts';

const TARGET = 0.9;
const corpora = new Map<string, Corpus>();
const scores = new Map<string, QualityScore>();

beforeAll(() => {
  for (const entry of CORPORA) {
    const corpus = readCorpus(entry);
    corpora.set(entry.name, corpus);
    scores.set(entry.name, scoreDataset(runPipeline(corpus.articles).dataset, corpus.gold));
  }
  const rows = [...scores].map(([name, score]) => ({ name, score }));
  console.log(`${formatTable(rows)}\n\n${rows.map((r) => formatFindings(r.name, r.score)).join('\n\n')}`);
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(CORPORA.map((c) => c.name))('quality on the %s', (name) => {
  const score = () => scores.get(name)!;

  it('has gold for every article, with evidence quoted verbatim', () => {
    const { articles, gold } = corpora.get(name)!;
    expect(gold.articles.map((a) => a.file).sort()).toEqual(articles.map((a) => a.file).sort());
    for (const goldArticle of gold.articles) {
      const text = squash(articles.find((a) => a.file === goldArticle.file)!.text);
      for (const h of goldArticle.happenings) expect(text, goldArticle.file).toContain(squash(h.evidence));
    }
  });

  it(`finds ≥ ${TARGET * 100}% of dated happenings (right date, ≥ 1 right actor)`, () => {
    expect(score().dateRecall).toBeGreaterThanOrEqual(TARGET);
  });

  it(`emits ≥ ${TARGET * 100}% correct dated events`, () => {
    expect(score().datePrecision).toBeGreaterThanOrEqual(TARGET);
  });

  it(`links ≥ ${TARGET * 100}% of named actors`, () => {
    expect(score().actorRecall).toBeGreaterThanOrEqual(TARGET);
  });

  it('makes no person out of boilerplate and no actor out of a place', () => {
    expect(score().boilerplatePeople).toEqual([]);
  });
});
