// The tagged files are the files of the tagged dataset, whichever way they are computed.
import { describe, expect, it } from 'vitest';
import { toDataFiles } from '../../domain/dataset-layout.ts';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { getBuildTag, tagTextFiles, toTaggedDataFiles } from './build-tag.ts';

const dataset = (texts: Record<string, string>, textFiles: Record<string, string>) =>
  ({
    schemaVersion: 2,
    generator: 'test',
    articles: Object.keys(texts).map((id) => ({ id, textFile: textFiles[id] ?? `articles/${id}.json` })),
    actors: [],
    events: [],
    episodes: [],
    articleTexts: Object.entries(texts).map(([id, text]) => ({ id, text, paragraphs: [] })),
  }) as unknown as FullDataset;

describe('toTaggedDataFiles', () => {
  it.each([
    [{ a1: 'One.', a2: 'Two.', a3: 'Three.' }, { a2: 'articles/a1.json' }],
    [{ b: 'Only “one” text, with quotes and ünïcode.' }, {}],
    [{}, {}],
  ])('gives the bytes of toDataFiles(tagTextFiles(dataset)) for %j', (texts, textFiles) => {
    const full = dataset(texts, textFiles);
    expect([...toTaggedDataFiles(full)]).toEqual([...toDataFiles(tagTextFiles(full))]);
  });

  it('changes every name when any text changes', () => {
    const before = toTaggedDataFiles(dataset({ a1: 'One.', a2: 'Two.' }, {}));
    const after = toTaggedDataFiles(dataset({ a1: 'One.', a2: 'Two!' }, {}));
    expect([...before.keys()].filter((name) => after.has(name))).toEqual(['dataset.json']);
    expect(getBuildTag(dataset({ a1: 'One.' }, {}))).toMatch(/^[0-9a-f]{10}$/);
  });
});
