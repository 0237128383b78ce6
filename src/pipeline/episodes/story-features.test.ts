import { describe, expect, it } from 'vitest';
import { createFeatureTable, getIdfOf, intern } from './feature-table.ts';
import { getStoryFeatures } from './story-features.ts';

const read = (sentences: string[], actors: string[] = []) => {
  const table = createFeatureTable();
  const features = getStoryFeatures(sentences, actors, table);
  return features.ids.map((id, j) => [table.keys[id], features.counts[j], features.surfaces[j]]);
};

describe('getStoryFeatures', () => {
  it('counts words, threads and actors in order of first use, with how each was written', () => {
    expect(
      read(['The Egyptian draft named Resolution 242.', 'Egypt withdrew the draft.'], ['egypt']),
    ).toEqual([
      ['w:egyptian', 1, 'Egyptian'],
      ['w:draft', 2, 'draft'],
      ['w:named', 1, 'named'],
      ['w:resolution', 1, 'Resolution'],
      ['t:resolution-242', 1, 'Resolution 242'],
      ['t:draft-egyptian', 1, 'Egyptian draft'],
      ['w:egypt', 1, 'egypt'],
      ['w:withdrew', 1, 'withdrew'],
      ['a:egypt', 1, 'egypt'],
    ]);
  });

  it('writes a word as a name once it is capitalised mid-sentence', () => {
    expect(read(['Barrier talks.', 'They discussed the Barrier.'])).toContainEqual([
      'w:barrier',
      2,
      'Barrier',
    ]);
    expect(read(['Barrier talks.', 'They discussed the barrier.'])).toContainEqual([
      'w:barrier',
      2,
      'barrier',
    ]);
  });

  it('gives a feature the same id in every event of one run', () => {
    const table = createFeatureTable();
    const first = getStoryFeatures(['The flotilla sailed.'], [], table);
    const second = getStoryFeatures(['Navies stopped the flotilla.'], [], table);
    expect(second.ids[2]).toBe(first.ids[0]);
    expect(table.keys).toEqual(['w:flotilla', 'w:sailed', 'w:navies', 'w:stopped']);
    expect(intern(table, 'w:flotilla')).toBe(first.ids[0]);
    expect(getIdfOf({ table, idf: new Float64Array([0.5, 0.7]) }, 'w:flotilla')).toBe(0.5);
    expect(getIdfOf({ table, idf: new Float64Array(2) }, 'w:unknown')).toBe(0);
  });
});
