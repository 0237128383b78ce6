import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset-schema.ts';

const actor = {
  id: 'john-kerry',
  name: 'John Kerry',
  aliases: [],
  kind: 'person',
  offices: [],
  origin: 'gazetteer',
};
const article = {
  id: 'a1',
  file: 'a.txt',
  title: 'A',
  published: '2014-12-14',
  outlet: null,
  url: null,
  actorIds: ['john-kerry'],
  text: 'Kerry met Lavrov.',
  paragraphs: [{ start: 0, end: 17 }],
  warnings: [],
};
const event = {
  id: 'e1',
  date: '2014-12-14',
  precision: 'day',
  type: 'meeting',
  title: 'Kerry holds talks',
  actorIds: ['john-kerry'],
  agentIds: ['john-kerry'],
  targetIds: [],
  place: null,
  episodeId: null,
  sources: [{ articleId: 'a1', text: 'Kerry met Lavrov.', start: 0, end: 17, dateText: '' }],
};
const dataset = (patch: object = {}, eventPatch: object = {}) => ({
  schemaVersion: 1,
  generator: 'test',
  articles: [article],
  actors: [actor],
  events: [{ ...event, ...eventPatch }],
  episodes: [],
  ...patch,
});

describe('datasetSchema', () => {
  it('accepts a consistent dataset', () => {
    expect(datasetSchema.safeParse(dataset()).success).toBe(true);
  });

  it.each([
    ['a precision that does not match the date', {}, { precision: 'month' }, 'precision must match'],
    ['an impossible day', {}, { date: '2014-02-30' }, 'YYYY'],
    ['a year out of range', {}, { date: '9999-12', precision: 'month' }, 'YYYY'],
    ['an endDate before the date', {}, { endDate: '2014-12-01' }, 'endDate must not come before'],
    ['an agent missing from actorIds', {}, { agentIds: ['sergei-lavrov'] }, 'among actorIds'],
    ['an unknown actor', {}, { actorIds: ['nobody'], agentIds: [] }, 'unknown actor "nobody"'],
    [
      'a source in an unknown article',
      {},
      { sources: [{ ...event.sources[0], articleId: 'zz' }] },
      'unknown article',
    ],
    ['a duplicate event id', { events: [event, event] }, {}, 'duplicate event id'],
    [
      'a quote that is not the text at its offsets',
      {},
      { sources: [{ ...event.sources[0], start: 1 }] },
      'source text is not',
    ],
    [
      'a paragraph outside the text',
      { articles: [{ ...article, paragraphs: [{ start: 0, end: 99 }] }] },
      {},
      'outside the text',
    ],
    [
      'an office that ends before it starts',
      {
        actors: [
          { ...actor, offices: [{ role: 'envoy', title: 'Envoy', start: '2020-01-01', end: '2010-01-01' }] },
        ],
      },
      {},
      'must not end before',
    ],
    [
      'an episode naming an unknown actor',
      {
        episodes: [
          { id: 'ep', title: 'T', start: '2014-12-14', end: '2014-12-14', eventIds: ['e1'], actorIds: ['x'] },
        ],
      },
      {},
      'unknown actor "x"',
    ],
  ])('rejects %s', (_name, patch, eventPatch, message) => {
    const result = datasetSchema.safeParse(dataset(patch, eventPatch));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});
