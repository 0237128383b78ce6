// The command line end to end on real folders: bad input is reported file by file, an
// earlier dataset (index and article files) survives a failed run, a new one replaces it whole,
// and output is deterministic and id-stable.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleTextFileSchema } from '../../domain/article-text-schema.ts';
import { datasetSchema } from '../../domain/dataset-schema.ts';

const run = promisify(execFile);
const CLI = path.resolve('src/pipeline/cli.ts');
const TSX = path.resolve('node_modules/.bin/tsx');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-test-'));
  await cp('seeds', path.join(dir, 'in'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function ingest(...extra: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [
      CLI,
      '--input',
      path.join(dir, 'in'),
      '--out',
      path.join(dir, 'out'),
      ...extra,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const manifestPath = () => path.join(dir, 'in', 'manifest.json');
const outPath = (...parts: string[]) => path.join(dir, 'out', ...parts);

/** Every file in the output folder, hidden ones too (a leftover staging folder would show), by path. */
async function readOutput(): Promise<Map<string, string>> {
  const entries = await readdir(outPath(), { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(outPath(), file), await readFile(file, 'utf8'));
  }
  return files;
}
async function editManifest(
  edit: (entries: { file: string; published: string; outlet: string | null }[]) => void,
) {
  const entries = JSON.parse(await readFile(manifestPath(), 'utf8'));
  edit(entries);
  await writeFile(manifestPath(), JSON.stringify(entries));
}

describe('npm run ingest', () => {
  it('builds the index and the article text files, and prints a one-line summary', async () => {
    const result = await ingest();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^5 articles, \d+ events, \d+ actors, \d+ episodes, \d+ warnings/m);
    const output = await readOutput();
    const dataset = datasetSchema.parse(JSON.parse(output.get('dataset.json')!));
    expect(dataset.articles).toHaveLength(5);
    const raw = JSON.parse(output.get('dataset.json')!) as { articles: object[] };
    expect(raw.articles.flatMap(Object.keys)).not.toContain('text');
    const textFiles = new Set(dataset.articles.map((a) => a.textFile));
    expect([...output.keys()].sort()).toEqual(
      ['dataset.json', ...[...textFiles].map((file) => path.join(...file.split('/')))].sort(),
    );
    for (const article of dataset.articles) {
      const file = articleTextFileSchema.parse(
        JSON.parse(output.get(path.join(...article.textFile.split('/')))!),
      );
      const text = file.articles.find((t) => t.id === article.id)!;
      expect(text).toBeDefined();
      for (const source of dataset.events.flatMap((e) => e.sources).filter((s) => s.articleId === article.id))
        expect(text.text.slice(source.start, source.end)).toBe(source.text);
    }
  }, 30_000);

  it('replaces the earlier output whole: no article file of an earlier build is left', async () => {
    // The earliest article names the first text file: without it, that file is named otherwise.
    await writeFile(path.join(dir, 'in', 'extra.txt'), 'Kerry met Lavrov in Rome on Monday.\n');
    await editManifest((entries) =>
      entries.push({ file: 'extra.txt', published: '2010-12-20', outlet: null }),
    );
    expect((await ingest()).code).toBe(0);
    const withExtra = await readOutput();
    // Text files carry the build's tag: "articles/<tag>-2010-12-20-….json".
    expect([...withExtra.keys()]).toContainEqual(
      expect.stringMatching(/^articles[/\\]\w+-2010-12-20-.*\.json$/),
    );
    await writeFile(outPath('README.txt'), 'Not the dataset’s: left alone.');
    await rm(path.join(dir, 'in', 'extra.txt'));
    await editManifest((entries) =>
      entries.splice(
        entries.findIndex((e) => e.file === 'extra.txt'),
        1,
      ),
    );
    expect((await ingest()).code).toBe(0);
    const after = await readOutput();
    // Exactly the files the new index names are left in articles/: none of the earlier build's.
    const index = JSON.parse(after.get('dataset.json')!) as { articles: { textFile: string }[] };
    const named = [...new Set(index.articles.map((a) => a.textFile))].sort();
    const present = [...after.keys()]
      .filter((file) => file.startsWith('articles'))
      .map((f) => f.replace(/\\/g, '/'));
    expect(present.sort()).toEqual(named);
    expect(present.some((file) => /2010-12-20/.test(file))).toBe(false);
    expect(after.get('README.txt')).toBe('Not the dataset’s: left alone.');
  }, 60_000);

  it('reports every bad file at once, exits non-zero and leaves the earlier output untouched', async () => {
    expect((await ingest()).code).toBe(0);
    const before = await readOutput();
    await writeFile(path.join(dir, 'in', 'stray.txt'), 'Not in the manifest.');
    await writeFile(path.join(dir, 'in', 'empty.txt'), '');
    await writeFile(path.join(dir, 'in', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    await editManifest((entries) => {
      entries.push({ file: 'empty.txt', published: '2021-05-19', outlet: null });
      entries.push({ file: 'binary.txt', published: '2021-05-19', outlet: null });
      entries.push({ file: 'missing.txt', published: '2021-05-19', outlet: null });
      entries[0]!.published = '2017-02-30';
    });
    const result = await ingest();
    expect(result.code).toBe(1);
    for (const expected of [
      'stray.txt: is in the input folder but not listed',
      'empty.txt: is empty',
      'binary.txt: is a binary file',
      'missing.txt: is listed in manifest.json but does not exist',
      '000_552ed23ec2f9db7a.txt: published: is not a real calendar day',
    ]) {
      expect(result.stderr).toContain(expected);
    }
    expect(result.stderr).toContain('any earlier dataset.json and articles/ are unchanged');
    expect(await readOutput()).toEqual(before);
  }, 30_000);

  it('names an unreadable manifest', async () => {
    await writeFile(manifestPath(), '[{ "file": ');
    const result = await ingest();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json: is not valid JSON/);
  }, 30_000);

  it('gives byte-identical output for the same input', async () => {
    await ingest();
    const first = await readOutput();
    await ingest();
    expect(await readOutput()).toEqual(first);
  }, 30_000);

  it('gives the same bytes with worker threads as in one thread', async () => {
    await ingest();
    const single = await readOutput();
    expect((await ingest('--workers', '2')).code).toBe(0);
    expect(await readOutput()).toEqual(single);
  }, 30_000);

  it('keeps existing ids when an unrelated article is added', async () => {
    await ingest();
    const before = JSON.parse(await readFile(path.join(dir, 'out', 'dataset.json'), 'utf8'));
    await writeFile(
      path.join(dir, 'in', 'extra.txt'),
      'Egypt hosts talks\n\nEgyptian President Abdel Fattah el-Sisi met Jordan’s King Abdullah II in Cairo on Monday to discuss Gaza.\n',
    );
    await editManifest((entries) =>
      entries.push({ file: 'extra.txt', published: '2023-10-18', outlet: null }),
    );
    expect((await ingest()).code).toBe(0);
    const after = JSON.parse(await readFile(path.join(dir, 'out', 'dataset.json'), 'utf8'));
    const ids = (d: { events: { id: string }[]; actors: { id: string }[] }) => [
      ...d.events.map((e) => e.id),
      ...d.actors.map((a) => a.id),
    ];
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect(after.events.length).toBeGreaterThan(before.events.length);
  }, 30_000);

  it('keeps an article without a dated event, with a warning', async () => {
    await writeFile(
      path.join(dir, 'in', 'undated.txt'),
      'Diplomats discussed the region.\n\nNo date is given here.\n',
    );
    await editManifest((entries) =>
      entries.push({ file: 'undated.txt', published: '2020-01-01', outlet: null }),
    );
    const result = await ingest('--verbose');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: undated.txt: no datable event found');
    const dataset = JSON.parse(await readFile(path.join(dir, 'out', 'dataset.json'), 'utf8'));
    expect(dataset.articles.find((a: { file: string }) => a.file === 'undated.txt').warnings).toEqual([
      'no datable event found',
    ]);
  }, 30_000);

  it('explains its usage when an option is missing', async () => {
    const result = await run(TSX, [CLI]).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run ingest') });
  }, 30_000);
});
