// The scorer's matching rules on tiny synthetic datasets: date compatibility, the shared-actor
// requirement, per-article scope, type accuracy, actor recall and boilerplate detection.
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../domain/dataset-schema.ts';
import type { Gold, GoldHappening } from './gold-schema.ts';
import { isDateCompatible, type Dated } from './match.ts';
import { scoreDataset } from './score.ts';

const day = (date: string, endDate?: string): Dated => ({ date, precision: 'day', endDate });
const month = (date: string): Dated => ({ date, precision: 'month' });
const year = (date: string): Dated => ({ date, precision: 'year' });

describe('isDateCompatible(event, gold)', () => {
  it.each([
    ['same day', day('2017-01-15'), day('2017-01-15'), true],
    ['another day', day('2017-01-14'), day('2017-01-15'), false],
    ['a day inside a gold month', day('2016-12-23'), month('2016-12'), true],
    ['the same month', month('2016-12'), month('2016-12'), true],
    ['another month', month('2016-11'), month('2016-12'), false],
    ['a year for a gold month (too coarse)', year('2016'), month('2016-12'), false],
    ['a month for a gold day (too coarse)', month('2013-12'), day('2013-12-05'), false],
    ['a month inside a gold year', month('2011-09'), year('2011'), true],
    ['a day inside a gold week', day('2021-05-12'), day('2021-05-10', '2021-05-16'), true],
    ['a day after a gold week', day('2021-05-17'), day('2021-05-10', '2021-05-16'), false],
    ['an event week around a gold day', day('2021-05-10', '2021-05-16'), day('2021-05-12'), true],
    ['overlapping weeks', day('2021-05-14', '2021-05-20'), day('2021-05-10', '2021-05-16'), true],
    ['a week reaching into a gold month', day('2024-03-25', '2024-04-02'), month('2024-04'), true],
    ['a week before a gold month', day('2024-03-18', '2024-03-24'), month('2024-04'), false],
  ] as const)('%s → %s', (_label, event, gold, expected) => {
    expect(isDateCompatible(event, gold)).toBe(expected);
  });
});

const person = (id: string, name: string, aliases: string[] = []) => ({
  id,
  name,
  aliases,
  kind: 'person' as const,
  offices: [],
  origin: 'text' as const,
});

function makeDataset(
  events: { id: string; date: string; endDate?: string; type?: string; actors: string[]; article?: string }[],
  extraActors: readonly object[] = [],
): Dataset {
  const actors = [
    person('john-kerry', 'John Kerry'),
    person('benjamin-netanyahu', 'Benjamin Netanyahu'),
    { ...person('palestinian-authority', 'Palestinian Authority', ['PA']), kind: 'state' as const },
    ...extraActors,
  ];
  const article = (id: string, file: string) => ({
    id,
    file,
    title: id,
    published: '2017-01-15',
    outlet: null,
    url: null,
    actorIds: id === 'a' ? ['john-kerry', 'benjamin-netanyahu'] : [],
    text: 'Kerry called Netanyahu on Sunday.',
    paragraphs: [],
    warnings: [],
    textFile: 'articles/a1.json',
  });
  return parseDataset({
    schemaVersion: 2,
    generator: 'score.test',
    articles: [article('a', 'a.txt'), article('b', 'b.txt')],
    actors,
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      precision: e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year',
      ...(e.endDate ? { endDate: e.endDate } : {}),
      type: e.type ?? 'phone-call',
      title: e.id,
      actorIds: e.actors,
      agentIds: e.actors,
      targetIds: [],
      place: null,
      episodeId: null,
      sources: [
        {
          articleId: e.article ?? 'a',
          start: 0,
          end: 33,
          text: 'Kerry called Netanyahu on Sunday.',
          dateText: 'on Sunday',
        },
      ],
    })),
    episodes: [],
  });
}

const happening = (
  date: string,
  actors: string[],
  type: GoldHappening['type'] = 'phone-call',
): GoldHappening => ({
  date,
  precision: date.length === 10 ? 'day' : 'month',
  type,
  actors,
  evidence: 'Kerry called Netanyahu',
});

function makeGold(
  happenings: GoldHappening[],
  namedActors = ['john-kerry'],
  neverPeople: string[] = [],
): Gold {
  return {
    about: '',
    articles: [{ file: 'a.txt', published: '2017-01-15', happenings, namedActors, neverPeople, notes: [] }],
  };
}

describe('scoreDataset', () => {
  it('finds a happening when date and one actor agree, whatever the type', () => {
    const dataset = makeDataset([{ id: 'e1', date: '2017-01-15', type: 'meeting', actors: ['john-kerry'] }]);
    const score = scoreDataset(
      dataset,
      makeGold([happening('2017-01-15', ['john-kerry', 'benjamin-netanyahu'])]),
    );
    expect(score).toMatchObject({
      happenings: 1,
      found: 1,
      dateRecall: 1,
      eventsCorrect: 1,
      datePrecision: 1,
    });
    expect(score).toMatchObject({ typeMatches: 0, typeAccuracy: 0 });
  });

  it('misses a happening when the date agrees but no actor does; the event is a false positive', () => {
    const dataset = makeDataset([{ id: 'e1', date: '2017-01-15', actors: ['palestinian-authority'] }]);
    const score = scoreDataset(dataset, makeGold([happening('2017-01-15', ['john-kerry'])]));
    expect(score).toMatchObject({
      found: 0,
      dateRecall: 0,
      eventsEmitted: 1,
      eventsCorrect: 0,
      datePrecision: 0,
    });
    expect(score.misses[0]?.nearEvents.map((e) => e.id)).toEqual(['e1']);
    expect(score.falsePositives.map((e) => [e.id, e.file, e.sentence])).toEqual([
      ['e1', 'a.txt', 'Kerry called Netanyahu on Sunday.'],
    ]);
  });

  it('misses a happening when the actor agrees but the date does not', () => {
    const dataset = makeDataset([{ id: 'e1', date: '2017-01-14', actors: ['john-kerry'] }]);
    expect(scoreDataset(dataset, makeGold([happening('2017-01-15', ['john-kerry'])])).found).toBe(0);
  });

  it('only counts events sourced from the gold article', () => {
    const dataset = makeDataset([{ id: 'e1', date: '2017-01-15', actors: ['john-kerry'], article: 'b' }]);
    const score = scoreDataset(dataset, makeGold([happening('2017-01-15', ['john-kerry'])]));
    expect(score).toMatchObject({ found: 0, eventsEmitted: 0, datePrecision: 1 });
  });

  it('lets one event find two happenings of the same day and actor', () => {
    const dataset = makeDataset([{ id: 'e1', date: '2017-01-15', actors: ['john-kerry'] }]);
    const gold = makeGold([
      happening('2017-01-15', ['john-kerry']),
      happening('2017-01-15', ['john-kerry'], 'statement'),
    ]);
    expect(scoreDataset(dataset, gold)).toMatchObject({
      found: 2,
      eventsEmitted: 1,
      eventsCorrect: 1,
      typeMatches: 1,
    });
  });

  it('matches a month happening with a day inside it and a week range overlapping it', () => {
    const dataset = makeDataset([
      { id: 'e1', date: '2016-12-23', actors: ['john-kerry'] },
      { id: 'e2', date: '2016-11-28', endDate: '2016-12-04', actors: ['benjamin-netanyahu'] },
    ]);
    const gold = makeGold([
      happening('2016-12', ['john-kerry']),
      happening('2016-12', ['benjamin-netanyahu']),
    ]);
    expect(scoreDataset(dataset, gold)).toMatchObject({ found: 2, eventsCorrect: 2 });
  });

  it('scores actor recall on the article actorIds', () => {
    const gold = makeGold([], ['john-kerry', 'benjamin-netanyahu', 'palestinian-authority', 'israel']);
    const score = scoreDataset(makeDataset([]), gold);
    expect(score).toMatchObject({ namedActors: 4, linkedActors: 2, actorRecall: 0.5 });
    expect(score.unlinkedActors).toEqual(['a.txt: palestinian-authority', 'a.txt: israel']);
  });

  it('counts a ratio over nothing as 1', () => {
    expect(scoreDataset(makeDataset([]), makeGold([]))).toMatchObject({ dateRecall: 1, datePrecision: 1 });
  });

  it('reports boilerplate people and actors named like places, and nothing else', () => {
    const extra = [
      person('elad-benari', 'Elad Benari'),
      person('contact-editor-flash-90', 'Contact Editor Flash 90'),
      person('x', 'Someone', ['AFP']),
      { ...person('gaza', 'Gaza'), kind: 'organization' as const },
    ];
    const gold = makeGold([], ['john-kerry'], ['Elad Benari', 'Flash 90', 'AFP', 'PA', 'Kerry']);
    const score = scoreDataset(makeDataset([], extra), gold, ['Gaza', 'Ramallah']);
    expect(score.boilerplatePeople.map((b) => b.split(' ')[0])).toEqual([
      'elad-benari',
      'contact-editor-flash-90',
      'x',
      'gaza',
    ]);
  });
});
