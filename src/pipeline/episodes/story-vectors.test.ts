import { describe, expect, it } from 'vitest';
import { createFeatureTable, intern } from './feature-table.ts';
import { getStoryFeatures } from './story-features.ts';
import { addScaled, createVectorSum, getIdf, takeVector, toVector } from './story-vectors.ts';

const table = createFeatureTable();
const [gaza, hamas, veto, truce] = ['w:gaza', 'w:hamas', 'w:veto', 'w:truce'].map((k) =>
  intern(table, k),
) as [number, number, number, number];
const vector = (entries: [number, number][]) => ({
  ids: entries.map(([id]) => id),
  weights: entries.map(([, w]) => w),
});

describe('getIdf and toVector', () => {
  it('weighs a feature by how few documents use it, threads above words above actors', () => {
    const own = createFeatureTable();
    const documents = [
      getStoryFeatures(['The flotilla sailed to Gaza.'], ['turkey'], own),
      getStoryFeatures(['Gaza border, Gaza crossing.'], [], own),
      getStoryFeatures(['Resolution 1860 on Gaza.'], [], own),
    ];
    const idf = getIdf(documents, own.keys.length);
    const id = (key: string) => own.ids.get(key)!;
    expect(idf[id('w:gaza')]).toBeCloseTo(Math.log(2));
    expect(idf[id('w:flotilla')]).toBeCloseTo(Math.log(4));
    const first = toVector(documents[0]!, idf, own);
    const weightOf = (key: string) => first.weights[first.ids.indexOf(id(key))]!;
    // flotilla: log 4; turkey (an actor, half weight): log 4 / 2; gaza: log 2.
    expect(weightOf('w:flotilla') / weightOf('a:turkey')).toBeCloseTo(2);
    expect(weightOf('w:flotilla') / weightOf('w:gaza')).toBeCloseTo(2);
    expect(first.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1);
    const thread = toVector(documents[2]!, idf, own);
    expect(thread.weights[thread.ids.indexOf(id('t:resolution-1860'))]).toBeCloseTo(
      (3 * Math.log(4)) / Math.hypot(3 * Math.log(4), Math.log(4), Math.log(2)),
    );
    // A word used twice counts 1 + ln 2 times.
    const twice = toVector(documents[1]!, idf, own);
    expect(twice.ids.map((i) => own.keys[i])).toEqual(['w:gaza', 'w:border', 'w:crossing']);
    expect(twice.weights[0]! / twice.weights[1]!).toBeCloseTo(
      ((1 + Math.log(2)) * Math.log(2)) / Math.log(4),
    );
  });
});

describe('VectorSum', () => {
  it('sums scaled vectors in order of first addition and normalises the result', () => {
    const sum = createVectorSum(table.keys.length);
    addScaled(
      sum,
      vector([
        [veto, 3],
        [gaza, 4],
      ]),
      0.5,
    );
    addScaled(
      sum,
      vector([
        [hamas, 1],
        [gaza, 2],
      ]),
    );
    const taken = takeVector(sum, table);
    expect(taken.ids).toEqual([veto, gaza, hamas]);
    const norm = Math.hypot(1.5, 4, 1);
    expect(taken.weights).toEqual([1.5 / norm, 4 / norm, 1 / norm]);
  });

  it('keeps the k heaviest features, heaviest first, ties by key, and starts empty again', () => {
    const sum = createVectorSum(table.keys.length);
    addScaled(
      sum,
      vector([
        [veto, 1],
        [truce, 2],
        [hamas, 2],
        [gaza, 0.5],
      ]),
    );
    const taken = takeVector(sum, table, 3);
    expect(taken.ids.map((id) => table.keys[id])).toEqual(['w:hamas', 'w:truce', 'w:veto']);
    expect(taken.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1);
    addScaled(sum, vector([[gaza, 2]]));
    expect(takeVector(sum, table)).toEqual({ ids: [gaza], weights: [1] });
  });
});
