// The output folder holds one complete, consistent dataset (the index and every text file it
// names, checked as the app checks them) however a write ends: killed with SIGKILL at each step
// (a real process in its own process group), or racing another ingest into the same folder.
// The next run removes whatever a killed one left.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { ingestFolder } from './ingest.ts';
import { LOCK_NAME } from './output-lock.ts';
import { readOutputFolder } from './read-output.ts';
import { writeDataset, type WriteStep } from './write-dataset.ts';

const TSX_LOADER = path.resolve('node_modules/tsx/dist/loader.mjs');
const CHILD = path.resolve('src/pipeline/cli/paused-write.ts');
const CLI = path.resolve('src/pipeline/cli.ts');

let dir: string;
let datasetA: FullDataset;
let datasetB: FullDataset;
const file = (name: string) => path.join(dir, name);
const idsOf = (dataset: FullDataset) => dataset.articles.map((a) => a.id).join(' ');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kill-and-race-'));
  // Two different builds: the seeds (A) and the seeds without their first two articles (B).
  await cp('seeds', file('in-a'), { recursive: true });
  await cp('seeds', file('in-b'), { recursive: true });
  const manifest = JSON.parse(await readFile(file('in-b/manifest.json'), 'utf8')) as { file: string }[];
  for (const entry of manifest.slice(0, 2)) await rm(file(`in-b/${entry.file}`));
  await writeFile(file('in-b/manifest.json'), JSON.stringify(manifest.slice(2)));
  const a = await ingestFolder(file('in-a'));
  const b = await ingestFolder(file('in-b'));
  if (!a.ok || !b.ok) throw new Error('the test corpora do not ingest');
  datasetA = a.dataset;
  datasetB = b.dataset;
  await writeFile(file('b.json'), JSON.stringify(datasetB));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts a process in a group of its own; resolves with its exit, collects its stdout. */
function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  return { child, exited, output };
}

async function waitFor(check: () => boolean, what: string) {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Fails unless the folder holds exactly one of the datasets, whole and consistent. */
async function expectOneDataset(out: string, ...allowed: FullDataset[]) {
  const found = await readOutputFolder(out);
  expect(allowed.map(idsOf)).toContain(idsOf(found));
}

describe('a write killed with SIGKILL', () => {
  const out = () => file('out-killed');
  const steps: [WriteStep, 'old' | 'new'][] = [
    ['locked', 'old'],
    ['staged', 'old'],
    ['texts-moved', 'old'],
    ['switched', 'new'],
  ];

  it.each(steps)(
    'leaves one complete dataset when killed at "%s" (the %s one)',
    async (step, expected) => {
      await rm(out(), { recursive: true, force: true });
      await writeDataset(out(), datasetA);
      const run = start([CHILD, file('b.json'), out(), step]);
      await waitFor(() => run.output().stdout.includes(`paused at ${step}`), `the write to reach ${step}`);
      process.kill(-run.child.pid!, 'SIGKILL');
      await run.exited;
      await expectOneDataset(out(), expected === 'old' ? datasetA : datasetB);
    },
    90_000,
  );

  it('the next run removes what the killed one left: staging, unused text files, its lock', async () => {
    await rm(out(), { recursive: true, force: true });
    await writeDataset(out(), datasetA);
    const run = start([CHILD, file('b.json'), out(), 'texts-moved']);
    await waitFor(() => run.output().stdout.includes('paused'), 'the write to pause');
    process.kill(-run.child.pid!, 'SIGKILL');
    await run.exited;
    const left = await readdir(out());
    expect(left.some((name) => name.startsWith('.staging-'))).toBe(true);
    expect(left).toContain(LOCK_NAME);
    // The killed run's lock goes stale after two seconds; this run waits for it, then cleans up.
    await writeDataset(out(), datasetA, { staleMs: 2000, waitMs: 20_000 });
    expect((await readdir(out())).sort()).toEqual(['articles', 'dataset.json']);
    const named = new Set((await readOutputFolder(out())).articles.map((a) => a.textFile));
    const present = (await readdir(path.join(out(), 'articles'))).map((name) => `articles/${name}`);
    expect(present.sort()).toEqual([...named].sort());
  }, 90_000);
});

describe('two ingests into one folder at once', () => {
  it('both finish one after the other and the folder holds one of the two builds', async () => {
    const out = file('out-race');
    const runs = ['in-a', 'in-b'].map((input) =>
      start([CLI, '--input', file(input), '--out', out, '--wait', '60']),
    );
    const codes = await Promise.all(runs.map((run) => run.exited));
    expect(codes, JSON.stringify(runs.map((run) => run.output()))).toEqual([0, 0]);
    await expectOneDataset(out, datasetA, datasetB);
    expect((await readdir(out)).sort()).toEqual(['articles', 'dataset.json']);
  }, 120_000);

  it('in one process too: the second write waits for the first', async () => {
    const out = file('out-same-process');
    await Promise.all([writeDataset(out, datasetA), writeDataset(out, datasetB)]);
    await expectOneDataset(out, datasetA, datasetB);
  });

  it('a second run that cannot wait says in one sentence that another build is writing', async () => {
    const out = file('out-busy');
    await writeDataset(out, datasetA);
    const run = start([CHILD, file('b.json'), out, 'staged']);
    await waitFor(() => run.output().stdout.includes('paused'), 'the write to pause');
    try {
      // A long staleness bound: on a loaded machine the paused writer's lock touch may come late.
      await expect(writeDataset(out, datasetA, { waitMs: 0, staleMs: 60_000 })).rejects.toThrow(
        /^Another ingest is writing to .* and did not finish within 0 s; try again when it has\.$/,
      );
    } finally {
      process.kill(-run.child.pid!, 'SIGKILL');
      await run.exited;
    }
    await expectOneDataset(out, datasetA);
  }, 90_000);
});
