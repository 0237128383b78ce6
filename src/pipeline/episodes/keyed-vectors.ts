// Sparse vectors keyed by feature ("w:gaza" → 0.8), for what is compared per episode, not per
// event: the names that link episodes into arcs (group-arcs.ts). Per-event vectors are typed
// arrays (story-vectors.ts).

export type Vector = Map<string, number>;

export function normalize(vector: Vector): Vector {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm === 0) return vector;
  for (const [key, w] of vector) vector.set(key, w / norm);
  return vector;
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
