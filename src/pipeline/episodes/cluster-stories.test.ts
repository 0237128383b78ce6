import { describe, expect, it } from 'vitest';
import { clusterStories, type ClusterOptions } from './cluster-stories.ts';

const OPTIONS: ClusterOptions = {
  gapDays: 14,
  maxSpanDays: 92,
  minSimilarity: 0.2,
  overlapDays: 3,
  minStorySimilarity: 0.11,
  overlapBoost: 2,
};
/** An event on `day` using the given feature ids, equally weighted. */
const item = (day: number, ...ids: number[]) => ({
  day,
  vector: { ids, weights: ids.map(() => 1 / Math.sqrt(ids.length)) },
});

describe('clusterStories', () => {
  it('keeps two stories told on the same days apart by their features', () => {
    const items = [item(0, 1, 2), item(1, 7, 8), item(2, 1, 3), item(3, 8, 9), item(4, 2, 3)];
    expect(clusterStories(items, OPTIONS)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('closes a story nothing joined for gapDays, and a new one takes its features', () => {
    const items = [item(0, 1, 2), item(10, 1, 2), item(30, 1, 2), item(31, 1, 2)];
    expect(clusterStories(items, OPTIONS)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('starts a new story rather than stretch one beyond maxSpanDays', () => {
    const items = Array.from({ length: 12 }, (_, k) => item(10 * k, 5, 6));
    expect(clusterStories(items, OPTIONS)).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11],
    ]);
  });

  it('merges two stories of the same days that share enough (one story told twice)', () => {
    const range = (from: number) => Array.from({ length: 10 }, (_, k) => from + k);
    // The second event shares one feature in ten with the first: too little to join it (0.1),
    // enough for two stories of the same days (× 2). The third shares nothing.
    const items = [item(0, ...range(1)), item(0, 1, ...range(11).slice(1)), item(1, ...range(30))];
    expect(clusterStories(items, OPTIONS)).toEqual([[0, 1], [2]]);
    expect(clusterStories(items, { ...OPTIONS, overlapBoost: 1 })).toEqual([[0], [1], [2]]);
  });
});
