// The reader on a real folder: what it finds on disk reaches checkInputs as it is, so each
// problem is named for what it is (a real size, a link out of the folder, an unlisted link).
import { mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkInputs } from '../input/check-inputs.ts';
import { readInputFolder } from './read-input.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'read-input-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (file: string) => ({ file, published: '2014-12-14', outlet: null });

it('reports a 50 MB file with its size, links out of the folder and unlisted links', async () => {
  const outside = await mkdtemp(path.join(os.tmpdir(), 'read-input-outside-'));
  try {
    await writeFile(path.join(outside, 'secret.txt'), 'Kerry met Lavrov.');
    await writeFile(path.join(dir, 'ok.txt'), 'Kerry met Lavrov on Sunday.');
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024); // Sparse: no disk used.
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
    await symlink('ok.txt', path.join(dir, 'alias.txt'));
    await symlink('ok.txt', path.join(dir, 'unlisted.txt'));
    const manifest = ['ok.txt', 'huge.txt', 'escape.txt', 'alias.txt', '../secret.txt'].map(entry);
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));

    const { articles, problems } = checkInputs(await readInputFolder(dir));
    expect(articles.map((a) => a.file).sort()).toEqual(['alias.txt', 'ok.txt']);
    expect(Object.fromEntries(problems.map((p) => [p.file, p.message]))).toEqual({
      'huge.txt': 'is 50.0 MiB, over the 2 MiB limit for one article',
      'escape.txt': `is a symbolic link to ${path.join(outside, 'secret.txt')}, outside the input folder; only files inside it are read`,
      '../secret.txt': expect.stringContaining('is a path outside the input folder'),
      'unlisted.txt': 'is a symbolic link (to ok.txt) in the input folder but not listed in manifest.json',
    });
  } finally {
    await rm(outside, { recursive: true, force: true });
  }
});
