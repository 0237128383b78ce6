// Runs processArticle on several threads: the per-article half of the pipeline is a pure map.
// This thread works too (its modules are loaded already, while a worker takes a second or so to
// start: the bundle is built (worker-bundle.ts), then the modules and the wink model load), and articles are
// dealt out a small batch at a time to whichever thread is free, so a late or slow worker costs
// nothing but its own share. Results go back in input order, so the output is byte-identical to
// a single-thread run.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { processArticle, toFindings, type ArticleFindings } from '../process-article.ts';
import type { ArticleInput } from '../types.ts';
import type { BatchDone, BatchRequest, WorkerReady } from './process-worker.ts';
import { getWorkerEntry } from './worker-bundle.ts';

/** Articles per batch: small enough that no thread waits long for the last one (~50 ms). */
const BATCH = 8;
/** Batches a worker holds at once, so it never waits for this thread to hand it the next. */
const IN_FLIGHT = 2;

export interface ThreadedResult {
  readonly findings: ArticleFindings[];
  /** Articles each thread processed, this one first. */
  readonly shares: readonly number[];
}

/**
 * `threads` counts this one: 2 means this thread and one worker. With `thisThreadWorks` false,
 * the workers do everything (`threads - 1` of them), leaving this thread free.
 */
export async function processInThreads(
  articles: readonly ArticleInput[],
  threads: number,
  { thisThreadWorks = true } = {},
): Promise<ThreadedResult> {
  const findings = new Array<ArticleFindings>(articles.length);
  let next = 0;
  const take = (): BatchRequest | null => {
    if (next >= articles.length) return null;
    const from = next;
    next = Math.min(articles.length, next + BATCH);
    return { from, articles: articles.slice(from, next) };
  };
  const store = ({ from, findings: found }: BatchDone) =>
    found.forEach((f, i) => (findings[from + i] = { input: articles[from + i]!, ...f }));
  const workers: Worker[] = [];
  const feeders: Feeder[] = [];
  let stopped = false;
  // Workers start once their code is bundled; this thread does not wait for that.
  const started = getWorkerEntry().then((entry) => {
    for (let i = 1; i < threads && !stopped; i++) {
      const worker = new Worker(entry);
      workers.push(worker);
      feeders.push(feedWorker(worker, take, store));
    }
  });
  let own = 0;
  try {
    for (let batch = thisThreadWorks ? take() : null; batch; batch = take()) {
      const { from } = batch;
      batch.articles.forEach((article, i) => (findings[from + i] = toFindings(processArticle(article))));
      own += batch.articles.length;
      // Lets the workers' messages in between batches: a finished batch gets its next at once.
      await nextTurn();
    }
    // Nothing is left to hand out: wait only for the batches still out. A worker that never got
    // one (a small input, done here before it started) is not waited for.
    if (!thisThreadWorks) await started;
    await Promise.all(feeders.filter((f) => !thisThreadWorks || f.isBusy()).map((f) => f.finished));
  } finally {
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { findings, shares: [own, ...feeders.map((f) => f.done())] };
}

interface Feeder {
  /** Resolves once the worker has returned every batch it was given and none are left. */
  readonly finished: Promise<void>;
  readonly isBusy: () => boolean;
  /** Articles it has returned. */
  readonly done: () => number;
}

/** Keeps one worker supplied with batches until none are left. */
function feedWorker(
  worker: Worker,
  take: () => BatchRequest | null,
  store: (done: BatchDone) => void,
): Feeder {
  let pending = 0;
  let done = 0;
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerReady | BatchDone) => {
      if (message.type === 'done') {
        pending--;
        done += message.findings.length;
        store(message);
      }
      for (
        let batch = pending < IN_FLIGHT ? take() : null;
        batch;
        batch = pending < IN_FLIGHT ? take() : null
      ) {
        pending++;
        worker.postMessage(batch);
      }
      if (pending === 0) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (pending > 0)
        reject(new Error(`A pipeline worker stopped (exit code ${code}) with articles to do.`));
    });
  });
  // Seen when awaited; a worker that fails before it is given anything is not this run's failure.
  finished.catch(() => undefined);
  return { finished, isBusy: () => pending > 0, done: () => done };
}
