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
  warnings: [],
  textFile: 'articles/a1.json',
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
  schemaVersion: 2,
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
    ['an unknown event status', {}, { status: 'rumoured' }, 'Invalid'],
    [
      'an episode in an unknown arc',
      {
        episodes: [
          {
            id: 'ep',
            title: 'T',
            start: '2014-12-14',
            end: '2014-12-14',
            eventIds: ['e1'],
            actorIds: [],
            arcId: 'z',
          },
        ],
      },
      {},
      'unknown arc "z"',
    ],
    [
      'an arc holding an unknown episode',
      { arcs: [{ id: 'arc', title: 'A', start: '2014-12-14', end: '2014-12-14', episodeIds: ['nope'] }] },
      {},
      'unknown episode "nope"',
    ],
  ])('rejects %s', (_name, patch, eventPatch, message) => {
    const result = datasetSchema.safeParse(dataset(patch, eventPatch));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  it('accepts a planned event, and episodes grouped into an arc', () => {
    const episode = {
      id: 'ep',
      title: 'T',
      start: '2014-12-14',
      end: '2014-12-14',
      eventIds: ['e1'],
      actorIds: [],
    };
    const arcs = [{ id: 'arc', title: 'A', start: '2014-12-14', end: '2014-12-14', episodeIds: ['ep'] }];
    const result = datasetSchema.safeParse(
      dataset({ episodes: [{ ...episode, arcId: 'arc' }], arcs }, { status: 'planned', episodeId: 'ep' }),
    );
    expect(result.error).toBeUndefined();
  });

  it('refuses an index of the earlier layout (version 1, texts inside it)', () => {
    const result = datasetSchema.safeParse(dataset({ schemaVersion: 1 }));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['schemaVersion']);
  });

  // Article ids name files (data/articles/<id>.json): none may reach outside that folder.
  it.each(['../index', '..', 'a/b', 'a\\b', '%2e%2e', '.hidden', 'a.json', 'A1', '', ' a1', 'a'.repeat(121)])(
    'refuses the article id %j',
    (id) => {
      const result = datasetSchema.safeParse(
        dataset({ articles: [{ ...article, id }] }, { sources: [{ ...event.sources[0], articleId: id }] }),
      );
      expect(result.success).toBe(false);
      expect(result.error?.issues.some((i) => i.path.join('.') === 'articles.0.id')).toBe(true);
    },
  );

  it('accepts an article id of 120 characters, the longest that names a file', () => {
    const id = 'a'.repeat(120);
    const result = datasetSchema.safeParse(
      dataset({ articles: [{ ...article, id }] }, { sources: [{ ...event.sources[0], articleId: id }] }),
    );
    expect(result.success).toBe(true);
  });
});
