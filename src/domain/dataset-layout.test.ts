import { describe, expect, it } from 'vitest';
import { assignTextFiles, toDataFiles } from './dataset-layout.ts';

const text = (id: string, length: number) => ({ id, text: 'x'.repeat(length) });

describe('assignTextFiles', () => {
  it('puts consecutive articles in one file until it would pass the limit, named by its first', () => {
    const files = assignTextFiles([text('a', 40), text('b', 20), text('c', 10), text('d', 30)], 70);
    expect([...files]).toEqual([
      ['a', 'articles/a.json'],
      ['b', 'articles/a.json'],
      ['c', 'articles/a.json'],
      ['d', 'articles/d.json'],
    ]);
  });

  it('fills a file up to exactly the limit', () => {
    const files = assignTextFiles([text('a', 40), text('b', 30), text('c', 1)], 70);
    expect([...files.values()]).toEqual(['articles/a.json', 'articles/a.json', 'articles/c.json']);
  });

  it('gives an article longer than the limit a file of its own', () => {
    const files = assignTextFiles([text('a', 5), text('long', 500), text('b', 5)], 70);
    expect([...files.values()]).toEqual(['articles/a.json', 'articles/long.json', 'articles/b.json']);
  });

  it('is empty without articles', () => {
    expect(assignTextFiles([])).toEqual(new Map());
  });
});

describe('toDataFiles', () => {
  it('writes the index without the texts, then each text file with its articles, ending in a newline', () => {
    const files = toDataFiles({
      schemaVersion: 2,
      articles: [
        { id: 'a1', textFile: 'articles/a1.json' },
        { id: 'a2', textFile: 'articles/a1.json' },
        { id: 'a3', textFile: 'articles/a3.json' },
      ],
      articleTexts: [
        { id: 'a1', text: 'Hi.', paragraphs: [] },
        { id: 'a2', text: 'Yo.', paragraphs: [] },
        { id: 'a3', text: 'Ho.', paragraphs: [] },
      ],
    });
    expect([...files.keys()]).toEqual(['dataset.json', 'articles/a1.json', 'articles/a3.json']);
    expect(files.get('dataset.json')).toBe(
      '{"schemaVersion":2,"articles":[{"id":"a1","textFile":"articles/a1.json"},' +
        '{"id":"a2","textFile":"articles/a1.json"},{"id":"a3","textFile":"articles/a3.json"}]}\n',
    );
    expect(JSON.parse(files.get('articles/a1.json')!)).toEqual({
      articles: [
        { id: 'a1', text: 'Hi.', paragraphs: [] },
        { id: 'a2', text: 'Yo.', paragraphs: [] },
      ],
    });
    expect(files.get('articles/a3.json')!.endsWith('}\n')).toBe(true);
  });

  it('refuses a text that belongs to no article', () => {
    expect(() => toDataFiles({ articles: [], articleTexts: [{ id: 'stray' }] })).toThrow(/stray/);
  });
});
