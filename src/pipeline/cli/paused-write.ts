// A real write of a dataset in a process of its own, for the kill tests: writes the dataset in
// the JSON file given into the output folder, and stops for good at the step named, after saying
// so on stdout, so the test can kill it exactly there.
// node --import tsx src/pipeline/cli/paused-write.ts <dataset.json> <out> <step|none>
import { readFile } from 'node:fs/promises';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { writeDataset, type WriteStep } from './write-dataset.ts';

const [datasetFile, out, pauseAt] = process.argv.slice(2) as [string, string, WriteStep | 'none'];
const dataset = JSON.parse(await readFile(datasetFile, 'utf8')) as FullDataset;
await writeDataset(out, dataset, {
  staleMs: 2000,
  waitMs: 20_000,
  onStep: async (step) => {
    if (step !== pauseAt) return;
    console.log(`paused at ${step}`);
    // Until killed: a pending promise alone would let Node exit (and release the lock), so a timer
    // keeps the process alive.
    await new Promise(() => setInterval(() => undefined, 60_000));
  },
});
console.log('written');
