import { describe, expect, it } from 'vitest';
import { getArticleTextPath, toDataFiles } from './dataset-layout.ts';

describe('getArticleTextPath', () => {
  it.each([
    ['2014-12-14-kerry-meets', 'articles/2014-12-14-kerry-meets.json'],
    // Ids the schema refuses are still kept inside the folder by the encoding.
    ['../../index', 'articles/..%2F..%2Findex.json'],
    ['a?b#c', 'articles/a%3Fb%23c.json'],
  ])('%j → %j', (id, path) => {
    expect(getArticleTextPath(id)).toBe(path);
  });
});

describe('toDataFiles', () => {
  it('writes the index without the texts, then one file per text, each ending in a newline', () => {
    const files = toDataFiles({
      schemaVersion: 2,
      articles: [{ id: 'a1' }],
      articleTexts: [{ id: 'a1', text: 'Hi.', paragraphs: [] }],
    });
    expect([...files]).toEqual([
      ['dataset.json', '{"schemaVersion":2,"articles":[{"id":"a1"}]}\n'],
      ['articles/a1.json', '{"id":"a1","text":"Hi.","paragraphs":[]}\n'],
    ]);
  });
});
