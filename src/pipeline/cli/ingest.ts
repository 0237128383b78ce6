// Reads a folder, runs the pipeline and returns the dataset, or every input problem found.
// Shared by the command line and the Vite plugin so both build exactly the same dataset.
import type { Dataset } from '../../domain/dataset-schema.ts';
import { checkInputs, type InputProblem } from '../input/check-inputs.ts';
import { runPipeline, type StageCounts } from '../run-pipeline.ts';
import { readInputFolder } from './read-input.ts';

export type IngestResult =
  | { ok: true; dataset: Dataset; warnings: readonly string[]; counts: StageCounts }
  | { ok: false; problems: readonly InputProblem[] };

export async function ingestFolder(dir: string): Promise<IngestResult> {
  const raw = await readInputFolder(dir);
  const { articles, problems } = checkInputs(raw);
  if (typeof raw.curation === 'string') problems.push({ file: 'episodes.json', message: raw.curation });
  if (problems.length > 0) return { ok: false, problems };
  const result = runPipeline(articles, raw.curation as Exclude<typeof raw.curation, string>);
  return { ok: true, ...result };
}

export function formatProblems(dir: string, problems: readonly InputProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.message}`);
  return `Cannot build the dataset from ${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}
