// Worker-thread entry: runs the per-article half of the pipeline on the articles it is sent
// and posts the results back. The merge half stays on the main thread (see ingest.ts).
import { parentPort } from 'node:worker_threads';
import { processArticle } from '../process-article.ts';
import type { ArticleInput } from '../types.ts';

parentPort?.on('message', (articles: ArticleInput[]) => {
  parentPort?.postMessage(articles.map(processArticle));
});
