// Runs processArticle over worker threads: the per-article half of the pipeline is a pure
// map, so articles are dealt out in contiguous chunks and the results put back in input
// order, which keeps the output byte-identical to a single-process run.
import { Worker } from 'node:worker_threads';
import type { ProcessedArticle } from '../process-article.ts';
import type { ArticleInput } from '../types.ts';

export async function processInWorkers(
  articles: readonly ArticleInput[],
  workers: number,
): Promise<ProcessedArticle[]> {
  const size = Math.ceil(articles.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => articles.slice(i * size, (i + 1) * size)).filter(
    (chunk) => chunk.length > 0,
  );
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<ProcessedArticle[]>((resolve, reject) => {
          const worker = new Worker(new URL('./process-worker-entry.mjs', import.meta.url));
          worker.once('message', (processed: ProcessedArticle[]) => {
            resolve(processed);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage(chunk);
        }),
    ),
  );
  return results.flat();
}
