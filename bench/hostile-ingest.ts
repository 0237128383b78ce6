// npx tsx bench/hostile-ingest.ts [input names…]
// A whole ingest (read, check, all stages, merge, validation) of one hostile 2 MB article of each
// kind (src/pipeline/input/adversarial-texts.ts) against a normal corpus of about 2 MB made
// from the seeds, in CPU seconds and wall seconds. The normal corpus runs first and so also
// pays for loading the gazetteer and the language model.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingestFolder } from '../src/pipeline/cli/ingest.ts';
import { HOSTILE_RUNS, makeHostileArticle } from '../src/pipeline/input/adversarial-texts.ts';
import { makeCorpus } from './make-corpus.ts';

const TARGET_BYTES = 2_000_000;

async function timeIngest(dir: string): Promise<string> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = await ingestFolder(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const used = process.cpuUsage(cpu);
  return `${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ${((performance.now() - wall) / 1000).toFixed(1)} s wall`;
}

const normal = path.join(os.tmpdir(), 'hostile-ingest-normal');
const { bytes } = await makeCorpus('seeds', normal, 580);
console.log(`${'normal corpus'.padEnd(18)}${(bytes / 1e6).toFixed(2)} MB  ${await timeIngest(normal)}`);
const names = process.argv.slice(2);
for (const run of HOSTILE_RUNS.filter((r) => names.length === 0 || names.includes(r.name))) {
  const dir = path.join(os.tmpdir(), 'hostile-ingest-article');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Sized in bytes, as the 2 MiB limit is: a no-break space is two bytes in UTF-8.
  const probe = makeHostileArticle(run, 100_000);
  const text = makeHostileArticle(run, Math.floor((100_000 * TARGET_BYTES) / Buffer.byteLength(probe)));
  await writeFile(path.join(dir, 'a.txt'), text);
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify([{ file: 'a.txt', published: '2014-05-20', outlet: null }]),
  );
  console.log(
    `${run.name.padEnd(18)}${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB  ${await timeIngest(dir)}`,
  );
}
