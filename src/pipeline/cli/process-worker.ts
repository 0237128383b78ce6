// Worker-thread side of process-in-workers.ts: says when it is loaded, then runs the per-article
// half of the pipeline on each batch it is sent and posts back the findings. The input goes
// back only as the batch's position: the main thread has the texts already.
import { parentPort } from 'node:worker_threads';
import { processArticle, toFindings, type ArticleFindings } from '../process-article.ts';
import type { ArticleInput } from '../types.ts';

export interface WorkerReady {
  readonly type: 'ready';
}
export interface BatchRequest {
  /** Index of the batch's first article in the whole input. */
  readonly from: number;
  readonly articles: readonly ArticleInput[];
}
export interface BatchDone {
  readonly type: 'done';
  readonly from: number;
  readonly findings: readonly Omit<ArticleFindings, 'input'>[];
}

parentPort?.on('message', ({ from, articles }: BatchRequest) => {
  const findings = articles.map((article) => {
    const { input: _input, ...found } = toFindings(processArticle(article));
    return found;
  });
  parentPort?.postMessage({ type: 'done', from, findings } satisfies BatchDone);
});
parentPort?.postMessage({ type: 'ready' } satisfies WorkerReady);
