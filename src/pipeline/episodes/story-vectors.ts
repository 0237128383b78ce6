// Sparse TF-IDF vectors over story features, weighted against the whole corpus: a word every
// event shares ("veto" in a corpus of vetoes) weighs little, a word few events share
// ("flotilla") much. Threads weigh most, actors least (the same ministers act in many stories).
import type { StoryFeatures } from './story-features.ts';

export type Vector = Map<string, number>;

const KIND_WEIGHT: Readonly<Record<string, number>> = { t: 3, w: 1, a: 0.5 };

/** Inverse document frequency of each feature over all events' features. */
export function getIdf(all: readonly StoryFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of all) for (const key of features.counts.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [key, n] of df) idf.set(key, Math.log(1 + all.length / n));
  return idf;
}

export function toVector(features: StoryFeatures, idf: ReadonlyMap<string, number>): Vector {
  const vector: Vector = new Map();
  for (const [key, count] of features.counts) {
    vector.set(key, (1 + Math.log(count)) * (idf.get(key) ?? 0) * (KIND_WEIGHT[key[0]!] ?? 1));
  }
  return normalize(vector);
}

export function normalize(vector: Vector): Vector {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm === 0) return vector;
  for (const [key, w] of vector) vector.set(key, w / norm);
  return vector;
}

/** target += scale × vector, in place. */
export function addScaled(target: Vector, vector: ReadonlyMap<string, number>, scale = 1): Vector {
  for (const [key, w] of vector) target.set(key, (target.get(key) ?? 0) + w * scale);
  return target;
}

export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) sum += w * (large.get(key) ?? 0);
  return sum;
}

/**
 * The `k` heaviest features, renormalised. A story is told by its few most distinctive
 * features; the long tail adds cost at scale and almost nothing to a cosine.
 */
export function keepHeaviest(vector: Vector, k: number): Vector {
  if (vector.size <= k) return vector;
  const kept = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
  return normalize(new Map(kept));
}
