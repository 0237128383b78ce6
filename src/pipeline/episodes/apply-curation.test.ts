import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '../06-episodes.ts';
import { episodeCurationSchema } from '../input/manifest-schema.ts';
import { applyEpisodeCuration } from './apply-curation.ts';

const episode = (id: string, start: string, end: string, eventIds: string[]): EpisodeRecord => ({
  id,
  title: `Title of ${id}`,
  start,
  end,
  eventIds,
  actorIds: [`actor-of-${id}`],
});

const episodes = [
  episode('2016-12-resolution', '2016-12-01', '2016-12-31', ['a', 'b']),
  episode('2017-01-paris', '2017-01-10', '2017-01-15', ['c']),
  episode('2021-05-ceasefire', '2021-05-10', '2021-05-20', ['d']),
];

describe('applyEpisodeCuration', () => {
  it('renames episodes by id', () => {
    const { episodes: result, warnings } = applyEpisodeCuration(episodes, {
      rename: { '2021-05-ceasefire': 'The May 2021 Gaza war at the Security Council' },
    });
    expect(result.map((e) => e.title)).toEqual([
      'Title of 2016-12-resolution',
      'Title of 2017-01-paris',
      'The May 2021 Gaza war at the Security Council',
    ]);
    expect(warnings).toEqual([]);
  });

  it('merges episodes into the first one named, spanning all of them', () => {
    const { episodes: result } = applyEpisodeCuration(episodes, {
      merge: [['2017-01-paris', '2016-12-resolution']],
    });
    expect(result.map((e) => e.id)).toEqual(['2017-01-paris', '2021-05-ceasefire']);
    expect(result[0]).toMatchObject({ start: '2016-12-01', end: '2017-01-15', eventIds: ['c', 'a', 'b'] });
    expect(result[0]!.actorIds).toEqual(['actor-of-2017-01-paris', 'actor-of-2016-12-resolution']);
  });

  it('warns about ids that do not exist instead of ignoring them', () => {
    const { episodes: result, warnings } = applyEpisodeCuration(episodes, {
      rename: { 'no-such-episode': 'X' },
      merge: [['2017-01-paris', 'gone']],
    });
    expect(result).toEqual(episodes);
    expect(warnings).toEqual([
      'episodes.json: cannot merge unknown episode "gone"',
      'episodes.json: cannot rename unknown episode "no-such-episode"',
    ]);
  });

  it('splits an episode at the given days: the first part keeps its id, later parts are named by their day and month', () => {
    const events = new Map([
      ['a', { date: '2016-12-23', actorIds: ['un-security-council'] }],
      ['b', { date: '2016-12-28', actorIds: ['john-kerry'] }],
      ['c', { date: '2017-01-15', actorIds: ['john-kerry', 'france'] }],
    ]);
    const long = {
      ...episode('2016-12-resolution', '2016-12-23', '2017-01-15', ['a', 'b', 'c']),
      title: 'Resolution 2334, December 2016',
    };
    const { episodes: result, warnings } = applyEpisodeCuration(
      [long, episodes[2]!],
      { split: { '2016-12-resolution': ['2017-01-01'], 'no-such': ['2020-01-01'] } },
      events,
    );
    expect(result.map((e) => [e.id, e.title, e.start, e.end, e.eventIds])).toEqual([
      ['2016-12-resolution', 'Resolution 2334, December 2016', '2016-12-23', '2016-12-28', ['a', 'b']],
      [
        '2016-12-resolution-from-2017-01-01',
        'Resolution 2334, January 2017',
        '2017-01-15',
        '2017-01-15',
        ['c'],
      ],
      ['2021-05-ceasefire', 'Title of 2021-05-ceasefire', '2021-05-10', '2021-05-20', ['d']],
    ]);
    expect(warnings).toEqual(['episodes.json: cannot split unknown episode "no-such"']);
  });

  it('splits before it merges and renames, so a part can be renamed by its new id', () => {
    const events = new Map([
      ['a', { date: '2016-12-01' }],
      ['b', { date: '2016-12-20' }],
    ]);
    const { episodes: result } = applyEpisodeCuration(
      [episode('x', '2016-12-01', '2016-12-20', ['a', 'b'])],
      { split: { x: ['2016-12-10'] }, rename: { 'x-from-2016-12-10': 'The vote' } },
      events,
    );
    expect(result.map((e) => e.title)).toEqual(['Title of x', 'The vote']);
  });

  it('refuses unknown keys and days that are not days', () => {
    expect(episodeCurationSchema.safeParse({ rename: {}, splitt: {} }).error?.issues[0]?.message).toMatch(
      /splitt/,
    );
    expect(episodeCurationSchema.safeParse({ split: { x: ['January'] } }).success).toBe(false);
  });
});
