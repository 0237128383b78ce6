// Reads a folder, runs the pipeline and returns the dataset, or every input problem found.
// Shared by the command line and the Vite plugin so both build exactly the same dataset.
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { checkInputs, type InputProblem } from '../input/check-inputs.ts';
import { processArticle, toFindings } from '../process-article.ts';
import { combineArticles, type StageCounts } from '../run-pipeline.ts';
import { processInThreads, startWorkers, type WorkerPool } from './process-in-workers.ts';
import { readInputFolder } from './read-input.ts';
import { getThreadCount } from './thread-count.ts';

export type IngestResult =
  | {
      ok: true;
      dataset: FullDataset;
      warnings: readonly string[];
      counts: StageCounts;
      /** Articles each thread processed (this one first); one entry when no worker ran. */
      threads: readonly number[];
    }
  | { ok: false; problems: readonly InputProblem[] };

/**
 * @param workers threads for the per-article stages, this one included (1: no worker); by
 * default one per core for a large input (thread-count.ts).
 */
export async function ingestFolder(dir: string, workers?: number): Promise<IngestResult> {
  // Workers start as soon as the manifest says how many articles there are, and load while the
  // files are read and checked.
  let threads = 1;
  let pool: WorkerPool | undefined;
  try {
    const raw = await readInputFolder(dir, (count) => {
      threads = getThreadCount(count, workers);
      if (threads > 1) pool = startWorkers(threads - 1);
    });
    const { articles, problems } = checkInputs(raw);
    if (typeof raw.curation === 'string') problems.push({ file: 'episodes.json', message: raw.curation });
    if (problems.length > 0) {
      await pool?.stop();
      return { ok: false, problems };
    }
    const curation = raw.curation as Exclude<typeof raw.curation, string>;
    const working = pool;
    pool = undefined; // processInThreads stops it.
    const { findings, shares } = working
      ? await processInThreads(articles, threads, { pool: working })
      : { findings: articles.map((a) => toFindings(processArticle(a))), shares: [articles.length] };
    return { ok: true, ...combineArticles(findings, curation), threads: shares };
  } catch (error) {
    await pool?.stop();
    throw error;
  }
}

export function formatProblems(dir: string, problems: readonly InputProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.message}`);
  return `Cannot build the dataset from ${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}
