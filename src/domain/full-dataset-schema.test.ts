import { describe, expect, it } from 'vitest';
import { fullDatasetSchema } from './full-dataset-schema.ts';

const TEXT = 'Kerry met Lavrov.';
const article = {
  id: 'a1',
  file: 'a.txt',
  title: 'A',
  published: '2014-12-14',
  outlet: null,
  url: null,
  actorIds: [],
  warnings: [],
  textFile: 'articles/a1.json',
};
const articleText = { id: 'a1', text: TEXT, paragraphs: [{ start: 0, end: TEXT.length }] };
const source = { articleId: 'a1', text: TEXT, start: 0, end: TEXT.length, dateText: '' };
const event = {
  id: 'e1',
  date: '2014-12-14',
  precision: 'day',
  type: 'meeting',
  title: 'Kerry holds talks',
  actorIds: [],
  agentIds: [],
  targetIds: [],
  place: null,
  episodeId: null,
  sources: [source],
};
const full = (patch: object = {}) => ({
  schemaVersion: 2,
  generator: 'test',
  articles: [article],
  actors: [],
  events: [event],
  episodes: [],
  articleTexts: [articleText],
  ...patch,
});

describe('fullDatasetSchema', () => {
  it('accepts an index whose quotes are exactly its texts at their offsets', () => {
    expect(fullDatasetSchema.safeParse(full()).success).toBe(true);
  });

  it.each([
    [
      'a quote that is not the text at its offsets',
      { events: [{ ...event, sources: [{ ...source, start: 1 }] }] },
      'event e1: source text is not the article text at 1–17',
    ],
    [
      'a paragraph outside the text',
      { articleTexts: [{ ...articleText, paragraphs: [{ start: 0, end: 99 }] }] },
      'outside the text',
    ],
    ['an article without its text', { articleTexts: [] }, 'article a1 has no text'],
    [
      'a text of no article',
      { articleTexts: [articleText, { ...articleText, id: 'a2' }] },
      'the text "a2" belongs to no article',
    ],
    ['an article with two texts', { articleTexts: [articleText, articleText] }, 'more than one text'],
    // The index's own checks run too.
    ['a dangling source', { articles: [], articleTexts: [] }, 'unknown article "a1"'],
  ])('rejects %s', (_name, patch, message) => {
    const result = fullDatasetSchema.safeParse(full(patch));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});
