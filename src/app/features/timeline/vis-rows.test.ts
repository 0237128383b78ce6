import { describe, expect, it } from 'vitest';
import type { TimelineItemData } from './timeline-data.ts';
import { getRowDays, toVisRow, toVisRows } from './vis-rows.ts';

const point: TimelineItemData = {
  id: 'e1',
  type: 'point',
  start: '2017-01-15',
  group: 'lane',
  content: 'Kerry meets Netanyahu',
  title: '15 January 2017 — Kerry meets Netanyahu',
  className: 'tl-event',
};
const range: TimelineItemData = { ...point, id: 'e2', type: 'range', start: '2016-12', end: '2017-01-01' };

describe('toVisRow', () => {
  it('stores days as the epoch ms of their local midnight, as vis-timeline reads ISO days', () => {
    expect(toVisRow(point).start).toBe(new Date(2017, 0, 15).getTime());
    const row = toVisRow({ ...range, start: '2016-12-01' });
    expect([row.start, row.end]).toEqual([new Date(2016, 11, 1).getTime(), new Date(2017, 0, 1).getTime()]);
  });

  it('keeps every other field and adds no end to a point', () => {
    const { start: _s, ...rest } = toVisRow(point);
    const { start: _t, ...expected } = point;
    expect(rest).toEqual(expected);
    expect('end' in toVisRow(point)).toBe(false);
  });

  it('converts an item once: the same object gives the same row', () => {
    const [first] = toVisRows([point]);
    expect(toVisRow(point)).toBe(first);
    expect(toVisRow({ ...point })).not.toBe(first);
  });

  it('rejects a start that is not an ISO day rather than storing a wrong time', () => {
    expect(() => toVisRow(range)).toThrow(/not an ISO day/);
  });
});

describe('getRowDays', () => {
  it('gives the stored times back as the ISO days they came from', () => {
    const days = { start: '2016-12-01', end: '2017-01-01' };
    expect(getRowDays(toVisRow({ ...range, ...days }))).toEqual(days);
    expect(getRowDays(toVisRow(point))).toEqual({ start: '2017-01-15' });
  });
});
