import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '../06-episodes.ts';
import { getArcKind, groupArcs } from './group-arcs.ts';

const titled = (...titles: string[]) => titles.map((title) => ({ title }));

describe('getArcKind', () => {
  it.each([
    [titled('US veto on Gaza, July 2006', 'US veto on Beit Hanoun, November 2006'), 'US veto'],
    [
      titled('US veto on Arafat, September 2003', 'General Assembly vote on barrier, October 2003'),
      'US veto and General Assembly vote',
    ],
    [
      titled('General Assembly vote on Jerusalem, December 2017', 'Funding cut on UNRWA, January 2018'),
      'General Assembly vote and funding cut',
    ],
    [
      titled('US veto on pauses, October 2023', 'Security Council veto on Rafah, March 2024'),
      'Security Council veto',
    ],
    [
      titled('Resolution 2334 on settlements, December 2016', 'Paris conference, January 2017'),
      'Resolution 2334 and Paris conference',
    ],
    [
      titled(
        'Ceasefire diplomacy on Operation Protective Edge, July 2014',
        'Security Council resolution, August 2014',
      ),
      'Ceasefire diplomacy',
    ],
  ])('%j → %s', (episodes, expected) => {
    expect(getArcKind(episodes)).toBe(expected);
  });
});

describe('groupArcs names', () => {
  const episode = (id: string, start: string, title: string, events: number, actorIds: string[] = []) =>
    ({
      id,
      title,
      start,
      end: start,
      eventIds: Array.from({ length: events }, (_, i) => `${id}-${i}`),
      actorIds,
    }) as EpisodeRecord;
  // Both episodes share the same features, so they form one arc.
  const vector = new Map([
    ['w:gaza', 0.8],
    ['w:britain', 0.6],
  ]);
  const surfaces = new Map([
    ['w:gaza', 'Gaza'],
    ['w:britain', 'Britain'],
    ['w:haley', 'Haley'],
  ]);

  it('takes a name many events use, not one a few mention or one who acted', () => {
    const { arcs } = groupArcs(
      [
        {
          episode: episode('a', '2020-01-01', 'US veto on pauses, January 2020', 10, ['nikki-haley']),
          vector,
          events: new Map([
            ['w:gaza', 3],
            ['w:britain', 1],
            ['w:haley', 6],
          ]),
        },
        {
          episode: episode('b', '2020-03-01', 'US veto on Rafah, March 2020', 10),
          vector,
          events: new Map([
            ['w:gaza', 1],
            ['w:britain', 1],
            ['w:haley', 2],
          ]),
        },
      ],
      (key) => surfaces.get(key),
    );
    expect(arcs.map((a) => a.title)).toEqual(['US veto, Gaza, 2020']);
  });
});
