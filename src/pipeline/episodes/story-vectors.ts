// Sparse TF-IDF vectors over story features, weighted against the whole corpus: a word every
// event shares ("veto" in a corpus of vetoes) weighs little, a word few events share
// ("flotilla") much. Threads weigh most, actors least (the same ministers act in many stories).
// A vector is two parallel arrays (feature ids, weights) in the order its features were first
// added; sums are taken in a dense scratch array indexed by feature id, so building one
// allocates nothing but its result. Plain arrays, not typed ones: V8 keeps a typed array of more
// than 64 bytes outside the heap, and one per event cost more to allocate and collect than
// arrays of unboxed doubles. Sums and norms are taken in first-added order, so a vector's weights
// are the same whichever way it is stored.
import { compareKeys, type FeatureTable } from './feature-table.ts';
import type { StoryFeatures } from './story-features.ts';

export interface StoryVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/** Inverse document frequency of each feature id over all events' (and headlines') features. */
export function getIdf(all: readonly StoryFeatures[], size: number): Float64Array {
  const df = new Int32Array(size);
  for (const features of all) for (const id of features.ids) df[id]!++;
  const idf = new Float64Array(size);
  for (let id = 0; id < size; id++) if (df[id]! > 0) idf[id] = Math.log(1 + all.length / df[id]!);
  return idf;
}

/** "t:…" threads weigh 3, "w:…" words 1, "a:…" actors 0.5. */
function getKindWeight(key: string): number {
  const kind = key.charCodeAt(0);
  return kind === 116 /* t */ ? 3 : kind === 97 /* a */ ? 0.5 : 1;
}

export function toVector(features: StoryFeatures, idf: Float64Array, table: FeatureTable): StoryVector {
  const n = features.ids.length;
  const ids = features.ids;
  const weights: number[] = [];
  for (let j = 0; j < n; j++) {
    const id = ids[j]!;
    weights.push((1 + Math.log(features.counts[j]!)) * idf[id]! * getKindWeight(table.keys[id]!));
  }
  normalizeWeights(weights);
  return { ids, weights };
}

/** Scales to length 1 in place (summing squares in order); a zero vector stays as it is. */
function normalizeWeights(weights: number[]): void {
  let sum = 0;
  for (let j = 0; j < weights.length; j++) sum += weights[j]! * weights[j]!;
  const norm = Math.sqrt(sum);
  if (norm === 0) return;
  for (let j = 0; j < weights.length; j++) weights[j] = weights[j]! / norm;
}

/** A running sum of vectors: dense weights by feature id, and the ids in order of first addition. */
export interface VectorSum {
  readonly weights: Float64Array;
  readonly order: number[];
}

export function createVectorSum(size: number): VectorSum {
  return { weights: new Float64Array(size), order: [] };
}

/** sum += scale × vector. A feature's first addition is 0 + w × scale, as in a keyed map. */
export function addScaled(sum: VectorSum, vector: StoryVector, scale = 1): void {
  const { ids, weights } = vector;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    const old = sum.weights[id]!;
    // A weight is never 0 (every idf is positive), so 0 marks a feature not yet added.
    if (old === 0) sum.order.push(id);
    sum.weights[id] = old + weights[j]! * scale;
  }
}

/**
 * The sum, normalised and cut to its `k` heaviest features (renormalised; ties by key), and the
 * scratch cleared for the next. A story is told by its few most distinctive features; the long
 * tail adds cost at scale and almost nothing to a cosine.
 */
export function takeVector(sum: VectorSum, table: FeatureTable, k = Infinity): StoryVector {
  const n = sum.order.length;
  const ids = sum.order.slice();
  const weights: number[] = [];
  for (let j = 0; j < n; j++) {
    weights.push(sum.weights[ids[j]!]!);
    sum.weights[ids[j]!] = 0;
  }
  sum.order.length = 0;
  normalizeWeights(weights);
  if (n <= k) return { ids, weights };
  const ranked = getHeaviest(ids, weights, table, k);
  const heaviest = { ids: [] as number[], weights: [] as number[] };
  for (const j of ranked) {
    heaviest.ids.push(ids[j]!);
    heaviest.weights.push(weights[j]!);
  }
  normalizeWeights(heaviest.weights);
  return heaviest;
}

/**
 * Positions of the `k` heaviest weights, heaviest first, ties by key: an insertion into a sorted
 * top k, which at about 70 features and k = 48 costs a fraction of sorting all of them with a
 * comparator (this runs once per event).
 */
function getHeaviest(
  ids: readonly number[],
  weights: readonly number[],
  table: FeatureTable,
  k: number,
): number[] {
  const top: number[] = [];
  /** Whether position a ranks before position b. */
  const before = (a: number, b: number) =>
    weights[a]! > weights[b]! || (weights[a] === weights[b] && compareKeys(table, ids[a]!, ids[b]!) < 0);
  for (let j = 0; j < weights.length; j++) {
    if (top.length === k && !before(j, top[k - 1]!)) continue;
    // Binary search for the first ranked position j goes before.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(j, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    // Shift the lighter ones down one place (the lightest falls off a full top k).
    for (let m = Math.min(top.length, k - 1); m > lo; m--) top[m] = top[m - 1]!;
    top[lo] = j;
  }
  return top;
}
