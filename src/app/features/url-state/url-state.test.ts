import { describe, expect, it } from 'vitest';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';
import { emptyUrlState, parseUrlState, serializeUrlState } from './url-state.ts';
import type { UrlState } from './url-state.ts';

const state = (patch: Partial<UrlState>): UrlState => ({ ...emptyUrlState, ...patch });
const eventId = (id: string) => id as EventId;
const actorId = (id: string) => id as ActorId;

describe('parseUrlState', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?', {}],
    ['?event=2016-12-23-un-vote', { event: eventId('2016-12-23-un-vote') }],
    [
      '?actor=john-kerry&actors=john-kerry,samantha-power',
      { actor: actorId('john-kerry'), actors: ['john-kerry', 'samantha-power'].map(actorId) },
    ],
    ['?actors=b,+a,,b,', { actors: ['b', 'a'].map(actorId) }],
    ['?types=veto,vote,veto', { types: ['veto', 'vote'] }],
    ['?q=settlements+resolution', { q: 'settlements resolution' }],
    ['?q=a%20b+c%2Bd', { q: 'a b c+d' }],
    ['?q=kerry+', { q: 'kerry ' }],
    ['?q=a,b%2Cc', { q: 'a,b,c' }],
    ['?from=2016-12-01&to=2017-01-31', { from: '2016-12-01', to: '2017-01-31' }],
    ['?lanes=actor', { lanes: 'actor' }],
    ['?lanes=episode', {}],
    ['?compress=0', { compress: false }],
    ['?compress=1', {}],
    ['?event=&actor=&actors=&types=&q=&from=&to=&lanes=', {}],
    ['?article=ap-2016-12-23', { article: 'ap-2016-12-23' as ArticleId }],
    ['?article=a1&quote=120-245', { article: 'a1' as ArticleId, quote: { start: 120, end: 245 } }],
    ['?article=a1&quote=+0-1+', { article: 'a1' as ArticleId, quote: { start: 0, end: 1 } }],
    ['?compress=0', { compress: false }],
    ['?compress=1', {}],
    ['?utm_source=x&EVENT=a&=b&&event=ok', { event: eventId('ok') }],
  ])('%s', (search, expected) => {
    expect(parseUrlState(search)).toEqual({ state: state(expected), problems: [] });
  });

  it.each<[string, Partial<UrlState>, string, string]>([
    ['?event=John-Kerry', {}, 'event', 'is not a valid id'],
    ['?event=a--b', {}, 'event', 'is not a valid id'],
    [`?actor=${'a'.repeat(121)}`, {}, 'actor', 'is longer than 120'],
    ['?actors=ok,Not+OK', { actors: [actorId('ok')] }, 'actors', 'is not a valid id'],
    ['?types=vote,party', { types: ['vote'] }, 'types', 'is not a known event type'],
    ['?types=constructor', {}, 'types', 'is not a known event type'],
    ['?from=2017-02-30&to=2017-03-01', {}, 'from', 'YYYY-MM-DD'],
    ['?from=2017-01&to=2017-03-01', {}, 'from', 'YYYY-MM-DD'],
    ['?from=2017-03-01&to=2017-01-01', {}, 'to', 'is not after "from"'],
    ['?from=2017-03-01&to=2017-03-01', {}, 'to', 'is not after "from"'],
    ['?from=2017-03-01', {}, 'from', 'needs both'],
    ['?to=2017-03-01', {}, 'to', 'needs both'],
    ['?lanes=EPISODE', {}, 'lanes', 'is not one of'],
    ['?compress=no', {}, 'compress', 'is not 0 or 1'],
    ['?event=a&event=b&event=c', { event: eventId('a') }, 'event', 'appears more than once'],
    ['?event=&event=b', {}, 'event', 'appears more than once'],
    ['?types=vote&types=veto', { types: ['vote'] }, 'types', 'appears more than once'],
    ['?article=Not+a+slug', {}, 'article', 'is not a valid id'],
    ['?quote=1-2', {}, 'quote', 'needs "article"'],
    ['?article=a&quote=9-3', { article: 'a' as ArticleId }, 'quote', 'START before END'],
    ['?article=a&quote=4-4', { article: 'a' as ArticleId }, 'quote', 'START before END'],
    ['?article=a&quote=-1-4', { article: 'a' as ArticleId }, 'quote', 'START before END'],
    ['?article=a&quote=1e3-2e3', { article: 'a' as ArticleId }, 'quote', 'START before END'],
    ['?article=a&quote=1-99999999', { article: 'a' as ArticleId }, 'quote', 'START before END'],
    ['?compress=no', {}, 'compress', 'is not 0 or 1'],
  ])('%s drops the bad part and reports it', (search, expected, key, reason) => {
    const { state: parsed, problems } = parseUrlState(search);
    expect(parsed).toEqual(state(expected));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key });
    expect(problems[0]?.reason).toContain(reason);
  });

  it('caps lists at 100 items and search text at 200 characters', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `a${i}`);
    const { state: parsed, problems } = parseUrlState(`?actors=${ids.join(',')}&q=${'x'.repeat(300)}`);
    expect(parsed.actors).toEqual(ids.slice(0, 100));
    expect(parsed.q).toBe('x'.repeat(200));
    expect(problems.map((p) => p.key)).toEqual(['actors', 'q']);
  });

  it('does not split an emoji when shortening the search text', () => {
    const { state: parsed } = parseUrlState(`?q=${'x'.repeat(199)}${encodeURIComponent('🕊️')}`);
    expect(parsed.q).toBe('x'.repeat(199));
  });

  it('shortens and neutralises values shown in problems', () => {
    const { problems } = parseUrlState(`?event=${'%E2%80%AE'}evil${'x'.repeat(100)}`);
    expect(problems[0]?.value).toBe(`\uFFFDevil${'x'.repeat(55)}…`);
  });
});

describe('serializeUrlState', () => {
  it.each<[Partial<UrlState>, string]>([
    [{}, ''],
    [{ lanes: 'episode' }, ''],
    [{ lanes: 'type' }, '?lanes=type'],
    [{ compress: true }, ''],
    [{ compress: false, lanes: 'type' }, '?lanes=type&compress=0'],
    [{ q: 'a b+c&d=e#f' }, '?q=a+b%2Bc%26d%3De%23f'],
    [{ actors: ['b', 'a', 'b'].map(actorId), types: ['vote', 'veto'] }, '?actors=b,a&types=vote,veto'],
    [{ q: '50%,2C' }, '?q=50%25,2C'],
    [
      {
        lanes: 'actor',
        to: '2017-01-31',
        from: '2016-12-01',
        q: 'un',
        types: ['vote'],
        actors: [actorId('x')],
        actor: actorId('y'),
        event: eventId('z'),
      },
      '?event=z&actor=y&actors=x&types=vote&q=un&from=2016-12-01&to=2017-01-31&lanes=actor',
    ],
  ])('%j → %s', (patch, expected) => {
    expect(serializeUrlState(state(patch))).toBe(expected);
  });
});
