// Reads a folder, runs the pipeline and returns the dataset, or every input problem found.
// Shared by the command line and the Vite plugin so both build exactly the same dataset.
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { checkInputs, type InputProblem } from '../input/check-inputs.ts';
import { combineArticles, runPipeline, type StageCounts } from '../run-pipeline.ts';
import { processInWorkers } from './process-in-workers.ts';
import { readInputFolder } from './read-input.ts';

export type IngestResult =
  | { ok: true; dataset: FullDataset; warnings: readonly string[]; counts: StageCounts }
  | { ok: false; problems: readonly InputProblem[] };

/**
 * @param workers worker threads for the per-article stages; 1 runs everything in this thread.
 */
export async function ingestFolder(dir: string, workers = 1): Promise<IngestResult> {
  const raw = await readInputFolder(dir);
  const { articles, problems } = checkInputs(raw);
  if (typeof raw.curation === 'string') problems.push({ file: 'episodes.json', message: raw.curation });
  if (problems.length > 0) return { ok: false, problems };
  const curation = raw.curation as Exclude<typeof raw.curation, string>;
  const result =
    workers > 1 && articles.length > workers
      ? combineArticles(await processInWorkers(articles, workers), curation)
      : runPipeline(articles, curation);
  return { ok: true, ...result };
}

export function formatProblems(dir: string, problems: readonly InputProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.message}`);
  return `Cannot build the dataset from ${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}
