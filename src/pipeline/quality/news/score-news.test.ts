import { describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../domain/full-dataset-schema.ts';
import { parseNewsGold } from './news-gold-schema.ts';
import { normalizeName, scoreNews } from './score-news.ts';

const text = 'The US vetoed the draft on Monday. It would have vetoed a second one too.';
const actor = (id: string, name: string, kind = 'state') => ({
  id,
  name,
  aliases: [],
  kind,
  offices: [],
  origin: 'gazetteer',
});
const event = (id: string, patch: object) => ({
  id,
  date: '2024-04-15',
  precision: 'day',
  type: 'veto',
  title: id,
  actorIds: ['united-states'],
  agentIds: ['united-states'],
  targetIds: [],
  place: null,
  episodeId: null,
  sources: [{ articleId: 'a', start: 0, end: 34, text: text.slice(0, 34), dateText: 'on Monday' }],
  ...patch,
});
const dataset = (events: object[], actors: object[] = [actor('united-states', 'US')]) =>
  ({
    schemaVersion: 2,
    generator: 'test',
    articles: [
      {
        id: 'a',
        file: 'a.txt',
        title: 'A',
        published: '2024-04-16',
        outlet: null,
        url: null,
        actorIds: ['united-states'],
        warnings: [],
        textFile: 'articles/a.json',
      },
    ],
    actors,
    events,
    episodes: [],
    articleTexts: [{ id: 'a', text, paragraphs: [] }],
  }) as unknown as FullDataset;
const gold = (patch: object = {}) =>
  parseNewsGold(
    {
      aliases: { 'United States': ['US'] },
      junkPerson: ['Gaza'],
      articles: {
        'a.txt': {
          events: [
            {
              date: '2024-04-15',
              actors: ['United States'],
              agents: ['United States'],
              what: 'veto',
              type: 'veto',
            },
          ],
          actors: ['United States'],
          vetoes: [{ date: '2024-04-15', by: ['United States'] }],
          nonEvents: [
            { sentence: 'It would have vetoed a second one too.', type: 'veto', why: 'hypothetical' },
          ],
          ...patch,
        },
      },
    },
    'gold.json',
  );

describe('scoreNews', () => {
  it('counts a same-day event with a gold actor (by alias) as found, acted and typed', () => {
    const score = scoreNews(dataset([event('e1', {})]), gold());
    expect(score).toMatchObject({
      dateRecall: 1,
      eventRecall: 1,
      agentRecall: 1,
      typeAgreement: 1,
      datePrecision: 1,
    });
    expect(score.falseVetoes + score.falseClaims + score.junk).toBe(0);
  });

  it('compares an event at its own precision and flags a day it should not have', () => {
    const score = scoreNews(
      dataset([event('e1', { date: '2024-04', precision: 'month' }), event('e2', { date: '2024-04-14' })]),
      gold(),
    );
    expect(score.dateRecall).toBe(0);
    expect(score.datePrecision).toBe(0);
    expect(score.falseVetoes).toBe(1);
  });

  it('counts an event read from a hypothetical sentence as a false claim unless planned', () => {
    const source = { articleId: 'a', start: 35, end: text.length, text: text.slice(35), dateText: '' };
    const emitted = event('e2', { sources: [source], date: '2024-04-15' });
    expect(scoreNews(dataset([emitted]), gold()).falseClaims).toBe(1);
    expect(scoreNews(dataset([{ ...emitted, status: 'planned' }]), gold()).falseClaims).toBe(0);
    expect(scoreNews(dataset([{ ...emitted, type: 'statement' }]), gold()).falseClaims).toBe(0);
  });

  it('counts a place made a person as junk, and an unlinked actor as missed', () => {
    const actors = [actor('united-states', 'US'), actor('gaza', 'Gaza', 'person')];
    const ds = dataset([event('e1', {})], actors);
    (ds.articles[0] as { actorIds: string[] }).actorIds.push('gaza');
    const score = scoreNews(ds, gold({ actors: ['United States', 'Samantha Power'] }));
    expect(score.junk).toBe(1);
    expect(score.actorRecall).toBe(0.5);
  });

  it('normalises names for comparison', () => {
    expect(normalizeName('António  Guterres')).toBe('antonio guterres');
    expect(normalizeName('U.S.')).toBe('us');
  });
});
