// Writing a dataset's files: all of them or none, and never a file outside the output folder.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { writeDataset } from './write-dataset.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'write-dataset-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Articles `ids`, each in a text file of its own unless `textFiles` says otherwise. */
const dataset = (ids: string[], textFiles: Record<string, string> = {}) =>
  ({
    schemaVersion: 2,
    generator: 'test',
    articles: ids.map((id) => ({ id, textFile: textFiles[id] ?? `articles/${id}.json` })),
    actors: [],
    events: [],
    episodes: [],
    articleTexts: ids.map((id) => ({ id, text: `Text of ${id}.`, paragraphs: [] })),
  }) as unknown as FullDataset;

describe('writeDataset', () => {
  it('writes the index and the text files, replacing an earlier articles/ whole', async () => {
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'articles', 'stale.json'), '{}');
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    const target = await writeDataset(dir, dataset(['a1', 'a2', 'a3'], { a2: 'articles/a1.json' }));
    expect(target).toBe(path.join(dir, 'dataset.json'));
    expect((await readdir(dir)).sort()).toEqual(['articles', 'dataset.json', 'notes.txt']);
    // Each name carries the build's tag (build-tag.ts); the earlier build's stale.json is gone.
    const names = (await readdir(path.join(dir, 'articles'))).sort();
    expect(names).toEqual([
      expect.stringMatching(/^[0-9a-f]{10}-a1\.json$/),
      expect.stringMatching(/-a3\.json$/),
    ]);
    const index = JSON.parse(await readFile(target, 'utf8')) as { articles: { textFile: string }[] };
    const [first, third] = names.map((name) => `articles/${name}`);
    expect(index.articles.map((a) => a.textFile)).toEqual([first, first, third]);
    expect(JSON.parse(await readFile(path.join(dir, first!), 'utf8'))).toEqual({
      articles: [
        { id: 'a1', text: 'Text of a1.', paragraphs: [] },
        { id: 'a2', text: 'Text of a2.', paragraphs: [] },
      ],
    });
  });

  it.each(['articles/../escaped.json', 'articles/a/../../b.json', 'articles/.hidden.json', '../x.json'])(
    'refuses a text file that is not a slug in articles/ (%j) and writes nothing',
    async (textFile) => {
      await writeDataset(dir, dataset(['a1']));
      const before = await readFile(path.join(dir, 'dataset.json'), 'utf8');
      await expect(writeDataset(dir, dataset(['a2', 'a3'], { a3: textFile }))).rejects.toThrow(
        /not a dataset file name/,
      );
      expect(await readFile(path.join(dir, 'dataset.json'), 'utf8')).toBe(before);
      expect((await readdir(dir)).sort()).toEqual(['articles', 'dataset.json']);
      expect(await readdir(path.join(dir, 'articles'))).toEqual([expect.stringMatching(/^\w+-a1\.json$/)]);
      expect(await readdir(path.dirname(dir))).not.toContain('escaped.json');
    },
  );
});
