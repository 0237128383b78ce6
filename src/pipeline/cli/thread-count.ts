// How many threads process articles when the command line does not say: one per core the
// process may use, but only for an input large enough to repay a worker's start-up. A worker
// takes one to two seconds to start on a two-core machine (its own TypeScript loader, the
// pipeline's modules, the wink model), in which time this thread processes a few hundred
// articles by itself; below that a worker only takes a core from the work.
import os from 'node:os';

export const MIN_ARTICLES_FOR_WORKERS = 400;

/** `requested` (from --workers) wins; otherwise cores, or 1 for a small input. */
export function getThreadCount(
  articles: number,
  requested?: number,
  cores: number = os.availableParallelism(),
): number {
  if (requested !== undefined) return requested;
  return articles < MIN_ARTICLES_FOR_WORKERS ? 1 : Math.max(1, cores);
}
