import { describe, expect, it } from 'vitest';
import { toJson } from './to-json.ts';
import { actorsById, articlesById, makeEvent } from './test-fixtures.ts';

describe('toJson', () => {
  it('writes resolved, self-contained records with every key present', () => {
    const parsed: unknown = JSON.parse(toJson([makeEvent('kerry-ban')], actorsById, articlesById));
    expect(parsed).toEqual({
      count: 1,
      events: [
        {
          id: 'kerry-ban',
          date: '2017-01-15',
          precision: 'day',
          endDate: null,
          type: 'meeting',
          typeLabel: 'Meeting',
          title: 'Event kerry-ban',
          actors: ['John Kerry', 'Ban Ki-moon'],
          place: 'Paris',
          sources: [
            {
              outlet: 'Reuters',
              articleTitle: 'Kerry, Ban meet; "progress" made',
              sentence: 'Kerry met Ban in Paris on Sunday.',
            },
          ],
        },
      ],
    });
  });
});
