import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { TimelineLanes } from './lanes.ts';
import { useFeedIndex } from './use-feed-index.ts';
import { makeEvent } from './timeline-fixtures.ts';

const all = [makeEvent('a', '2017-01-01'), makeEvent('b', '2017-02-01'), makeEvent('c', '2017-03-01')];
const episodes: never[] = [];

function renderIndex(events: readonly DiplomaticEvent[], lanes: TimelineLanes = 'type') {
  return renderHook(
    (props: { events: readonly DiplomaticEvent[]; lanes: TimelineLanes }) =>
      useFeedIndex(props.events, episodes, props.lanes),
    { initialProps: { events, lanes } },
  );
}

describe('useFeedIndex', () => {
  it('keeps the index while a new array holds the same events', () => {
    const { result, rerender } = renderIndex(all);
    const first = result.current;
    rerender({ events: [...all], lanes: 'type' });
    expect(result.current).toBe(first);
  });

  it('builds a new index for other events, and returns to the previous one without rebuilding', () => {
    const { result, rerender } = renderIndex(all);
    const everything = result.current;
    rerender({ events: all.slice(0, 2), lanes: 'type' });
    const filtered = result.current;
    expect(filtered).not.toBe(everything);
    expect(filtered.eventCount).toBe(2);
    rerender({ events: [...all], lanes: 'type' });
    expect(result.current).toBe(everything);
    rerender({ events: all.slice(0, 2), lanes: 'type' });
    expect(result.current).toBe(filtered);
  });

  it('keeps only the last two: a third set of events evicts the oldest', () => {
    const { result, rerender } = renderIndex(all);
    const everything = result.current;
    rerender({ events: all.slice(0, 2), lanes: 'type' });
    rerender({ events: all.slice(0, 1), lanes: 'type' });
    rerender({ events: [...all], lanes: 'type' });
    expect(result.current).not.toBe(everything);
    expect(result.current.eventCount).toBe(3);
  });

  it('rebuilds when the lanes change', () => {
    const { result, rerender } = renderIndex(all);
    const byType = result.current;
    rerender({ events: all, lanes: 'episode' });
    expect(result.current).not.toBe(byType);
    expect(result.current.groups.map((g) => g.id)).toEqual(['lane:no-episode']);
  });
});
