import { describe, expect, it } from 'vitest';
import { fetchDataset } from './dataset-query.ts';

const valid = {
  schemaVersion: 2,
  generator: 'test',
  articles: [
    {
      id: 'a1',
      file: 'a.txt',
      title: 'A',
      published: '2014-12-14',
      outlet: null,
      url: null,
      actorIds: ['john-kerry'],
      warnings: [],
      textFile: 'articles/a1.json',
    },
  ],
  actors: [
    { id: 'john-kerry', name: 'John Kerry', aliases: [], kind: 'person', offices: [], origin: 'gazetteer' },
  ],
  events: [
    {
      id: '2014-12-14-kerry-meets',
      date: '2014-12-14',
      precision: 'day',
      type: 'meeting',
      title: 'Kerry holds talks',
      actorIds: ['john-kerry'],
      agentIds: ['john-kerry'],
      targetIds: [],
      place: null,
      episodeId: null,
      sources: [
        { articleId: 'a1', text: 'Kerry met Lavrov on Sunday.', start: 0, end: 27, dateText: 'on Sunday' },
      ],
    },
  ],
  episodes: [],
};

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('fetchDataset', () => {
  it('parses and indexes a valid dataset', async () => {
    const index = await fetchDataset('x', respond(JSON.stringify(valid)));
    expect(index.events.map((e) => e.id)).toEqual(['2014-12-14-kerry-meets']);
    expect(index.eventsByActor.get('john-kerry')).toHaveLength(1);
    expect(index.actorsById.get('john-kerry')?.name).toBe('John Kerry');
  });

  it('gives each article the sources that quote it, so its text can be checked when it loads', async () => {
    const index = await fetchDataset('x', respond(JSON.stringify(valid)));
    expect(index.articlesById.get('a1')).toMatchObject({
      title: 'A',
      sources: [{ articleId: 'a1', start: 0, end: 27, text: 'Kerry met Lavrov on Sunday.' }],
    });
  });

  it.each([
    ['a missing file', respond('Not found', 404), /HTTP 404/],
    ['an empty file', respond(''), /empty/],
    ['a truncated file', respond(JSON.stringify(valid).slice(0, 200)), /not valid JSON/],
    [
      'an HTML page served in its place (a single-page fallback)',
      respond('<!doctype html><html><body><div id="root"></div></body></html>'),
      /^The dataset is missing: the server sent a web page instead of data\/dataset\.json\.$/,
    ],
    [
      'a schema-invalid file',
      respond(JSON.stringify({ ...valid, events: [{ id: 'X' }] })),
      /expected format/,
    ],
    ['a dangling reference', respond(JSON.stringify({ ...valid, actors: [] })), /unknown actor/],
    [
      'an index of the earlier layout',
      respond(JSON.stringify({ ...valid, schemaVersion: 1 })),
      /first at schemaVersion/,
    ],
    ['a network failure', () => Promise.reject(new TypeError('offline')), /network/],
  ])('gives a clear error for %s', async (_name, fetchImpl, message) => {
    await expect(fetchDataset('x', fetchImpl as typeof fetch)).rejects.toThrow(message);
  });
});
