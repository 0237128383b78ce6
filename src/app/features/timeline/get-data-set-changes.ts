// What must change in a vis-data DataSet so it holds exactly `next`: the items to upsert (new
// or different) and the ids to remove. Unchanged items are left alone, so vis-timeline only
// re-renders what changed; callers apply each list with ONE update/remove call (one event).
// DataSet.update MERGES into the stored item, so a key that `next` drops (a band's `group`
// when leaving episode lanes) is sent as undefined to clear it.
type Row = { readonly id: string };

export interface DataSetChanges<T> {
  readonly upsert: T[];
  readonly remove: string[];
}

interface ReadableDataSet {
  get(id: string): object | null;
  getIds(): (string | number)[];
}

/** null when the DataSet already matches `next`. */
export function getDataSetChanges<T extends Row>(
  dataSet: ReadableDataSet,
  next: readonly T[],
): DataSetChanges<T> | null {
  const nextIds = new Set(next.map((row) => row.id));
  const remove = dataSet
    .getIds()
    .map(String)
    .filter((id) => !nextIds.has(id));
  const upsert: T[] = [];
  for (const row of next) {
    const current = dataSet.get(row.id);
    if (!isSameRow(current, row)) upsert.push(current === null ? row : withClearedKeys(current, row));
  }
  return upsert.length === 0 && remove.length === 0 ? null : { upsert, remove };
}

function withClearedKeys<T extends Row>(current: object, next: T): T {
  const cleared = Object.fromEntries(Object.keys(current).map((key) => [key, undefined]));
  return { ...cleared, ...next };
}

/** Shallow equality: our rows hold only strings and numbers. */
function isSameRow(current: object | null, next: object): boolean {
  if (current === null) return false;
  const a = current as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  // Every key of one is compared with the other, in both directions, without building a set
  // (this runs for every row fed, on every pan).
  for (const key in a) if (a[key] !== b[key]) return false;
  for (const key in b) if (!(key in a) && b[key] !== undefined) return false;
  return true;
}
