import { DataSet } from 'vis-data/esnext';
import { describe, expect, it } from 'vitest';
import { getDataSetChanges } from './get-data-set-changes.ts';

type Row = { id: string; start: string; group?: string };

function apply(dataSet: DataSet<Row>, next: Row[]) {
  const changes = getDataSetChanges(dataSet, next);
  if (changes) {
    dataSet.update(changes.upsert);
    dataSet.remove(changes.remove);
  }
  return changes;
}

describe('getDataSetChanges', () => {
  it.each([
    {
      why: 'nothing to do',
      before: [{ id: 'a', start: '2017' }],
      after: [{ id: 'a', start: '2017' }],
      upsert: [],
      remove: null,
    },
    { why: 'a new row', before: [], after: [{ id: 'a', start: '2017' }], upsert: ['a'], remove: [] },
    {
      why: 'a changed row',
      before: [{ id: 'a', start: '2016' }],
      after: [{ id: 'a', start: '2017' }],
      upsert: ['a'],
      remove: [],
    },
    {
      why: 'a dropped row',
      before: [
        { id: 'a', start: '2016' },
        { id: 'b', start: '2017' },
      ],
      after: [{ id: 'b', start: '2017' }],
      upsert: [],
      remove: ['a'],
    },
  ])('$why', ({ before, after, upsert, remove }) => {
    const changes = getDataSetChanges(new DataSet<Row>(before), after);
    if (remove === null) expect(changes).toBeNull();
    else expect(changes).toEqual({ upsert: expect.any(Array), remove });
    expect((changes?.upsert ?? []).map((row) => row.id)).toEqual(upsert);
  });

  it('clears a key the new row no longer has (DataSet.update merges)', () => {
    const dataSet = new DataSet<Row>([{ id: 'band', start: '2017', group: 'episode:x' }]);
    apply(dataSet, [{ id: 'band', start: '2017' }]);
    expect(dataSet.get('band')?.group).toBeUndefined();
    expect(apply(dataSet, [{ id: 'band', start: '2017' }])).toBeNull();
  });
});
