import { describe, expect, it } from 'vitest';
import { GAP_ANY, GAP_WITH_SHARED_ACTOR, groupEpisodes } from './06-episodes.ts';
import type { MergedEvent } from './events/merge-events.ts';

let n = 0;
function event(
  date: string,
  actorIds: string[],
  text = 'Talks were held.',
  place: string | null = null,
): MergedEvent {
  n += 1;
  return {
    id: `e${n}`,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    type: 'meeting',
    title: `Event ${n}`,
    actorIds,
    agentIds: actorIds,
    targetIds: [],
    place,
    sources: [{ articleId: 'a', start: 0, end: text.length, text, dateText: '' }],
  };
}

describe('groupEpisodes', () => {
  it('groups events close in time that share actors, and leaves lone events out', () => {
    const events = [
      event('2014-12-14', ['kerry', 'lavrov']),
      event('2014-12-15', ['kerry', 'netanyahu']),
      event('2014-12-16', ['kerry', 'erekat']),
      event('2017-01-15', ['kerry']),
    ];
    const episodes = groupEpisodes(events);
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({
      start: '2014-12-14',
      end: '2014-12-16',
      eventIds: ['e1', 'e2', 'e3'],
    });
    expect(episodes[0]!.actorIds[0]).toBe('kerry');
  });

  it(`joins across ${GAP_WITH_SHARED_ACTOR} days only with a shared actor, across ${GAP_ANY} days always`, () => {
    const shared = groupEpisodes([
      event('2021-05-01', ['us']),
      event(`2021-05-${String(1 + GAP_WITH_SHARED_ACTOR).padStart(2, '0')}`, ['us']),
    ]);
    expect(shared).toHaveLength(1);
    const strangers = groupEpisodes([event('2021-05-01', ['us']), event('2021-05-10', ['egypt'])]);
    expect(strangers).toHaveLength(0);
    const close = groupEpisodes([event('2021-05-01', ['us']), event(`2021-05-0${1 + GAP_ANY}`, ['egypt'])]);
    expect(close).toHaveLength(1);
  });

  it('lets a month-precision event span its whole month', () => {
    const episodes = groupEpisodes([event('2014-11', ['jordan']), event('2014-12-10', ['jordan'])]);
    expect(episodes[0]).toMatchObject({ start: '2014-11-01', end: '2014-12-10' });
  });

  it('names an episode after its dominant subject, place and month, with a slug id', () => {
    const text = 'Ministers met at the peace conference in Paris.';
    const episodes = groupEpisodes([
      event('2017-01-15', ['kerry'], text, 'Paris'),
      event('2017-01-15', ['kerry', 'mogherini'], text, 'Paris'),
      event('2016-12', ['kerry'], 'A resolution passed.'),
    ]);
    expect(episodes[0]).toMatchObject({
      title: 'Paris peace conference, January 2017',
      id: '2017-01-paris-peace-conference',
    });
  });

  it('names a cluster of year-precision events by the year alone', () => {
    const episodes = groupEpisodes([event('2016', ['us']), event('2016', ['us'])]);
    expect(episodes[0]?.title).toBe('Diplomatic contacts, 2016');
  });

  it('names an episode after its later month when two months tie', () => {
    const episodes = groupEpisodes([event('2016-12-31', ['us']), event('2017-01-02', ['us'])]);
    expect(episodes[0]?.title).toBe('Diplomatic contacts, January 2017');
  });
});
