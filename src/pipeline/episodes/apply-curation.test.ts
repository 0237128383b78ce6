import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '../06-episodes.ts';
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
});
