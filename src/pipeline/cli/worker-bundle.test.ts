import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { getWorkerEntry } from './worker-bundle.ts';

it('bundles the worker into one file and leaves it alone while the sources do not change', async () => {
  const first = await getWorkerEntry();
  expect(first.pathname).toMatch(
    /node_modules\/\.cache\/diplomacy-timeline\/process-worker\.[0-9a-f]{16}\.mjs$/,
  );
  const code = await readFile(first, 'utf8');
  // One file: the pipeline's own modules are inside it, packages are imported.
  expect(code).not.toMatch(/from "\.\.?\//);
  expect(code).toContain('function processArticle');
  const written = (await stat(fileURLToPath(first))).mtimeMs;
  const second = await getWorkerEntry();
  expect(second.href).toBe(first.href);
  expect((await stat(fileURLToPath(second))).mtimeMs).toBe(written);
}, 30_000);
