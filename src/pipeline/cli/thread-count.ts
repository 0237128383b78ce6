// How many threads process articles when the command line does not say. A worker helps only if
// a core would otherwise be idle, and only for an input large enough to repay its start-up:
// - it takes about a second to start (modules and the wink model, worker-bundle.ts), then runs
//   the pipeline cold for its first few hundred articles (each thread compiles the code for
//   itself), at up to twice the warm time per article: with most of two cores free, 800
//   articles took 3.4–4.1 s on two threads against 3.0–3.7 s on one;
// - on a machine whose cores are busy with other work, a second thread only shares this one's
//   core: on the project's two-core machine, with other processes keeping it at a load of 3–5,
//   two threads ingested 2,000 articles at 109 articles/s and one at 163 (switching between
//   threads, and each thread loading and compiling the pipeline itself, cost CPU time).
// So the recent load decides, but a core counts as busy only when the 1-minute load average fills
// it: one thread per core not wholly taken (cores − load, rounded up), at least one. Rounding to
// the nearest, as `make --load-average` does, kept an idle two-core machine on one thread: a
// load of 0.5–0.7 is what a shell, an editor or the ingest run just before leave behind, and
// there two threads ingested 2,000 articles in about two thirds of the time of one. Where the
// system reports no load average (Windows), every core counts as idle.
import os from 'node:os';

export const MIN_ARTICLES_FOR_WORKERS = 1000;

export interface Machine {
  readonly cores: number;
  /** Runnable processes, averaged over the last minute. */
  readonly load: number;
}

const getMachine = (): Machine => ({ cores: os.availableParallelism(), load: os.loadavg()[0] ?? 0 });

/** `requested` (from --workers) wins; otherwise one per core not taken by the load, or 1 for a small input. */
export function getThreadCount(
  articles: number,
  requested?: number,
  { cores, load }: Machine = getMachine(),
): number {
  if (requested !== undefined) return requested;
  if (articles < MIN_ARTICLES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(cores - load)));
}
