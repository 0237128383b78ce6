import { describe, expect, it } from 'vitest';
import { getThreadCount, MIN_ARTICLES_FOR_WORKERS } from './thread-count.ts';

describe('getThreadCount', () => {
  it.each([
    // articles, --workers, cores, load average → threads
    [5, undefined, 2, 0, 1],
    [MIN_ARTICLES_FOR_WORKERS - 1, undefined, 2, 0, 1],
    [MIN_ARTICLES_FOR_WORKERS, undefined, 2, 0, 2],
    [2000, undefined, 2, 0.4, 2],
    // An idle machine's leftovers (a shell, the run before) do not take a core.
    [2000, undefined, 2, 0.6, 2],
    [2000, undefined, 2, 0.99, 2],
    [2000, undefined, 2, 1, 1],
    [2000, undefined, 2, 1.5, 1],
    [2000, undefined, 2, 4.5, 1],
    [2000, undefined, 8, 3.2, 5],
    [2000, undefined, 8, 3.9, 5],
    [2000, undefined, 8, 0, 8],
    [2000, undefined, 1, 0, 1],
    [5, 3, 2, 4, 3],
    [2000, 1, 8, 0, 1],
  ])('%i articles, --workers %s, %i cores, load %d → %i', (articles, requested, cores, load, threads) => {
    expect(getThreadCount(articles, requested, { cores, load })).toBe(threads);
  });
});
