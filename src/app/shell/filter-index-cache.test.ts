import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../domain/dataset-schema.ts';
import { buildDatasetIndex } from '../dataset/dataset-index.ts';
import type * as filters from '../features/filters/index.ts';
import { buildFilterIndex } from '../features/filters/index.ts';
import { getFilterIndex, useWarmFilterIndex } from './filter-index-cache.ts';

vi.mock('../features/filters/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof filters>();
  return { ...original, buildFilterIndex: vi.fn(original.buildFilterIndex) };
});

const makeIndex = () =>
  buildDatasetIndex({
    schemaVersion: 1,
    generator: 'test',
    articles: [],
    actors: [],
    events: [],
    episodes: [],
  } as unknown as Dataset);

// Braces: a function returned from beforeEach would be run as its teardown.
beforeEach(() => {
  vi.mocked(buildFilterIndex).mockClear();
});
afterEach(() => vi.useRealTimers());

describe('getFilterIndex', () => {
  it('builds one index per dataset and reuses it', () => {
    const a = makeIndex();
    const b = makeIndex();
    expect(getFilterIndex(a)).toBe(getFilterIndex(a));
    expect(getFilterIndex(a).events).toBe(a.events);
    expect(getFilterIndex(b)).not.toBe(getFilterIndex(a));
    expect(buildFilterIndex).toHaveBeenCalledTimes(2);
  });
});

describe('useWarmFilterIndex', () => {
  it('builds the index once the page is idle after mount, not during the first render', () => {
    vi.useFakeTimers();
    const index = makeIndex();
    renderHook(() => useWarmFilterIndex(index));
    expect(buildFilterIndex).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(buildFilterIndex).toHaveBeenCalledTimes(1);
    getFilterIndex(index);
    expect(buildFilterIndex).toHaveBeenCalledTimes(1);
  });

  it('does nothing after unmount', () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useWarmFilterIndex(makeIndex()));
    unmount();
    vi.runAllTimers();
    expect(buildFilterIndex).not.toHaveBeenCalled();
  });
});
