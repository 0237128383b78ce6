// npm run bench:ingest [-- --articles 2000 --runs 3 --workers N]
// Pipeline throughput on a generated corpus: articles/s and MB/s for the whole ingest (read, all
// stages, merge, validate, write), median/min/max of several runs. Threads as `npm run ingest`
// uses them by default (one per core for a large input), unless --workers says how many.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/pipeline/cli/ingest.ts';
import { writeDataset } from '../src/pipeline/cli/write-dataset.ts';
import { makeCorpus } from './make-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string' },
  },
});
const workers = values.workers === undefined ? undefined : Number(values.workers);
const count = Number(values.articles);
const runs = Number(values.runs);
const corpus = path.join(os.tmpdir(), `diplomacy-bench-corpus-${count}`);
const out = path.join(os.tmpdir(), 'diplomacy-bench-out');
const { bytes } = await makeCorpus('seeds', corpus, count);

// The machine's load when the runs start: on a shared machine the figures depend on it, and the
// default thread count does (src/pipeline/cli/thread-count.ts).
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const seconds: number[] = [];
let events = 0;
let threads: readonly number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const result = await ingestFolder(corpus, workers);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  await writeDataset(out, result.dataset);
  seconds.push((performance.now() - started) / 1000);
  events = result.dataset.events.length;
  threads = result.threads;
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(seconds.length / 2)]!;
const row = (s: number) =>
  `${(count / s).toFixed(0)} articles/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s (${s.toFixed(2)} s)`;
const summary = {
  articles: count,
  megabytes: Number((bytes / 1e6).toFixed(2)),
  events,
  runs,
  workers: workers ?? 'default',
  threads: `${threads.length} (articles each: ${threads.join(', ')})`,
  median: row(median),
  min: row(seconds[seconds.length - 1]!),
  max: row(seconds[0]!),
  load: `${load} (1, 5, 15 min) at the start`,
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
};
console.table(summary);
await mkdir('bench/results', { recursive: true });
await writeFile(
  `bench/results/ingest-${workers ?? 'default'}-workers.json`,
  `${JSON.stringify(summary, null, 2)}\n`,
);
