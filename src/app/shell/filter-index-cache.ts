// The search and filter index costs ~100 ms at 50,000 events, and only a filter or a search needs
// it: a first view without filters should not wait for it. It is built once per dataset, either
// when the browser is next idle after the first view (useWarmFilterIndex) or at once when a
// filter needs it before that (a shared link with filters).
import { useEffect } from 'react';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { FilterIndex } from '../features/filters/index.ts';
import { buildFilterIndex } from '../features/filters/index.ts';
import { whenIdle } from '../ui/index.ts';

const built = new WeakMap<DatasetIndex, FilterIndex>();

export function getFilterIndex(index: DatasetIndex): FilterIndex {
  let filterIndex = built.get(index);
  if (filterIndex === undefined) {
    filterIndex = buildFilterIndex(index.events, index.actorsById);
    built.set(index, filterIndex);
  }
  return filterIndex;
}

/** Builds the dataset's filter index in idle time after mount, so a first filter is quick. */
export function useWarmFilterIndex(index: DatasetIndex): void {
  useEffect(() => whenIdle(() => void getFilterIndex(index), 2000, 200), [index]);
}
