// The shell hands the event list its filtered view of the dataset index with `inDateOrder`, so
// the list does not order it again: that is only right while the index's order is the list's.
import { describe, expect, it } from 'vitest';
import type { Dataset, DiplomaticEvent } from '../../domain/dataset-schema.ts';
import { buildDatasetIndex } from '../dataset/dataset-index.ts';
import { sortEventsByDate } from '../features/event-list/index.ts';

const event = (id: string, date: string): DiplomaticEvent =>
  ({
    id,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    actorIds: [],
    sources: [],
  }) as unknown as DiplomaticEvent;

describe('the dataset index order', () => {
  it('is the order the event list would give (first day, ties kept)', () => {
    const dates = ['2017-01-15', '2016-12', '2016-12-01', '2016', '2016-12-01', '2016-01-01', '2015-06'];
    const events = dates.map((date, i) => event(`e${String(i).padStart(2, '0')}`, date));
    const index = buildDatasetIndex({ articles: [], actors: [], events, episodes: [] } as unknown as Dataset);
    expect(sortEventsByDate(index.events)).toEqual(index.events);
    // And every subset of it, as a filter leaves.
    const subset = index.events.filter((_, i) => i % 2 === 0);
    expect(sortEventsByDate(subset)).toEqual(subset);
  });
});
