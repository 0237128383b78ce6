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

/** Workers started ahead of their articles (ingest.ts starts them while the files are read). */
export interface WorkerPool {
  /** Each worker, once it is created (after the bundle is built). */
  readonly started: Promise<readonly PooledWorker[]>;
  /** Stops every worker, started or still to start. */
  readonly stop: () => Promise<void>;
}

interface PooledWorker {
  readonly worker: Worker;
  /** Resolves when its modules are loaded; rejects if it fails first. */
  readonly ready: Promise<void>;
}

/** Starts `count` workers: the bundle is built, then each loads its modules and says it is ready. */
export function startWorkers(count: number): WorkerPool {
  let stopped = false;
  const workers: Worker[] = [];
  const started = getWorkerEntry().then((entry) =>
    Array.from({ length: stopped ? 0 : count }, (): PooledWorker => {
      const worker = new Worker(entry);
      workers.push(worker);
      // Listening from the start, so the ready message is never missed.
      const ready = new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`A pipeline worker stopped (exit code ${code}).`)));
      });
      ready.catch(() => undefined);
      return { worker, ready };
    }),
  );
  return {
    started,
    stop: async () => {
      stopped = true;
      await started.catch(() => undefined);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * `threads` counts this one: 2 means this thread and one worker. With `thisThreadWorks` false,
 * the workers do everything (`threads - 1` of them), leaving this thread free. A `pool` started
 * earlier is used (and stopped) instead of starting workers here.
 */
export async function processInThreads(
  articles: readonly ArticleInput[],
  threads: number,
  {
    thisThreadWorks = true,
    pool = startWorkers(threads - 1),
  }: { thisThreadWorks?: boolean; pool?: WorkerPool } = {},
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
  // Workers join once they are loaded; this thread does not wait for that.
  const feeders: Feeder[] = [];
  const started = pool.started.then((pooled) => {
    for (const worker of pooled) feeders.push(feedWorker(worker, take, store));
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
    if (!thisThreadWorks) {
      await started;
      await Promise.all(feeders.map((f) => f.finished));
    } else {
      await Promise.all(feeders.filter((f) => f.isBusy()).map((f) => f.finished));
    }
  } finally {
    await pool.stop();
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

/** Keeps one worker supplied with batches, from when it is ready until none are left. */
function feedWorker(
  { worker, ready }: PooledWorker,
  take: () => BatchRequest | null,
  store: (done: BatchDone) => void,
): Feeder {
  let pending = 0;
  let done = 0;
  const hand = () => {
    for (
      let batch = pending < IN_FLIGHT ? take() : null;
      batch;
      batch = pending < IN_FLIGHT ? take() : null
    ) {
      pending++;
      worker.postMessage(batch);
    }
  };
  const finished = ready.then(
    () =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (message: WorkerReady | BatchDone) => {
          if (message.type !== 'done') return;
          pending--;
          done += message.findings.length;
          store(message);
          hand();
          if (pending === 0) resolve();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (pending > 0)
            reject(new Error(`A pipeline worker stopped (exit code ${code}) with articles to do.`));
        });
        hand();
        if (pending === 0) resolve();
      }),
  );
  // Seen when awaited; a worker that fails before it is given anything is not this run's failure.
  finished.catch(() => undefined);
  return { finished, isBusy: () => pending > 0, done: () => done };
}
