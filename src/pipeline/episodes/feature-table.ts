// The story features of one grouping run ("w:barrier", "t:resolution-2334", "a:john-kerry"), each
// given a small integer id on first sight. Events then hold their features as arrays of ids, and
// weights live in typed arrays indexed by id: at 50,000 events one string-keyed map per event
// (and per vector) kept the garbage collector busy for half of the grouping.

export interface FeatureTable {
  /** Key → id, ids counting up from 0 in order of first sight. */
  readonly ids: Map<string, number>;
  /** Id → key. */
  readonly keys: string[];
}

/** What the corpus says of each feature: its key and its inverse document frequency. */
export interface Vocabulary {
  readonly table: FeatureTable;
  /** Id → log(1 + documents / documents using it). */
  readonly idf: Float64Array;
}

export function createFeatureTable(): FeatureTable {
  return { ids: new Map(), keys: [] };
}

/** The id of `key`, given the next free one when the table has not seen it yet. */
export function intern(table: FeatureTable, key: string): number {
  let id = table.ids.get(key);
  if (id === undefined) {
    id = table.keys.length;
    table.ids.set(key, id);
    table.keys.push(key);
  }
  return id;
}

/** The weight of a feature known by its key; 0 for one the corpus never used. */
export function getIdfOf(vocabulary: Vocabulary, key: string): number {
  const id = vocabulary.table.ids.get(key);
  return id === undefined ? 0 : (vocabulary.idf[id] ?? 0);
}

/** Orders feature ids by their keys, as the string-keyed code ordered ties: "a:…" < "t:…" < "w:…". */
export function compareKeys(table: FeatureTable, a: number, b: number): number {
  const [x, y] = [table.keys[a]!, table.keys[b]!];
  return x < y ? -1 : x > y ? 1 : 0;
}
