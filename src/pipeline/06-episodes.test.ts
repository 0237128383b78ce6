import { describe, expect, it } from 'vitest';
import { EPISODE_OPTIONS, groupEpisodes } from './06-episodes.ts';
import type { MergedEvent } from './events/merge-events.ts';

let n = 0;
function event(date: string, actorIds: string[], text: string, articleId = 'a'): MergedEvent {
  n += 1;
  return {
    id: `e${n}`,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    type: 'statement',
    title: `Event ${n}`,
    actorIds,
    agentIds: actorIds,
    targetIds: [],
    place: null,
    sources: [{ articleId, start: 0, end: text.length, text, dateText: '' }],
  };
}

const article = (id: string, published: string, title: string) => ({ id, published, title });

// Two stories in one month, the first told by two outlets in their own words.
const arafat = [
  event(
    '2003-09-16',
    ['united-states'],
    'The United States vetoed a draft demanding that Israel not expel Arafat.',
    'wire',
  ),
  event('2003-09-15', ['israel'], 'Israeli ministers said expelling Arafat remained an option.', 'wire'),
  event(
    '2003-09-16',
    ['un-security-council'],
    'Washington blocked the council text on the expulsion of Arafat.',
    'paper',
  ),
  event(
    '2003-09-17',
    ['arab-group'],
    'Arab envoys said they would take the Arafat text to the Assembly.',
    'paper',
  ),
];
const barrier = [
  event(
    '2003-09-29',
    ['israel'],
    'The cabinet approved a new route for the West Bank barrier around settlements.',
    'review',
  ),
  event(
    '2003-10-01',
    ['un-general-assembly'],
    'The Assembly demanded that Israel halt construction of the barrier.',
    'review',
  ),
];
const articles = [
  article('wire', '2003-09-16', 'US vetoes text on Arafat'),
  article('paper', '2003-09-17', 'Washington blocks Arafat resolution'),
  article('review', '2003-10-02', 'Assembly demands halt to barrier'),
];

describe('groupEpisodes', () => {
  it('keeps two outlets on one happening together and two stories of one month apart', () => {
    const { episodes } = groupEpisodes([...arafat, ...barrier], articles);
    const episodeOf = (e: MergedEvent) => episodes.find((ep) => ep.eventIds.includes(e.id))?.id;
    expect(new Set(arafat.map(episodeOf)).size).toBe(1);
    expect(new Set(barrier.map(episodeOf)).size).toBe(1);
    expect(episodeOf(arafat[0]!)).not.toBe(episodeOf(barrier[0]!));
  });

  it('leaves lone events and events known only to the year out of episodes', () => {
    const { episodes } = groupEpisodes([
      event('2016', ['us'], 'In 2016 the envoy spoke about settlements.'),
      event('2016', ['us'], 'In 2016 the envoy spoke about settlements again.'),
      event('2019-03-01', ['us'], 'The envoy visited the flotilla port.'),
    ]);
    expect(episodes).toEqual([]);
  });

  it('lets a month-precision event span its month', () => {
    const { episodes } = groupEpisodes([
      event('2014-11', ['jordan'], 'Jordan circulated its statehood draft in November.'),
      event('2014-11-20', ['jordan'], 'Jordan said its statehood draft would go to a vote.'),
    ]);
    expect(episodes[0]).toMatchObject({ start: '2014-11-01', end: '2014-11-30' });
  });

  it('cuts steady coverage of one subject into episodes no longer than the limit, held by one arc', () => {
    const events = Array.from({ length: 200 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
      return event(day, ['unrwa'], 'Donors discussed UNRWA funding for refugee schools.', `a${i}`);
    });
    const { episodes, arcs } = groupEpisodes(events);
    const days = (e: { start: string; end: string }) =>
      (Date.parse(e.end) - Date.parse(e.start)) / 86_400_000;
    expect(episodes.length).toBeGreaterThan(5);
    for (const episode of episodes) expect(days(episode)).toBeLessThanOrEqual(EPISODE_OPTIONS.maxSpanDays);
    expect(arcs.length).toBeGreaterThan(0);
    expect(arcs.every((a) => a.episodeIds.length >= 2)).toBe(true);
    expect(episodes.filter((e) => e.arcId).length).toBe(arcs.flatMap((a) => a.episodeIds).length);
  });

  it('names an episode after the thread its sentences name, then the month', () => {
    const { episodes } = groupEpisodes(
      [
        event(
          '2016-12-23',
          ['un-security-council'],
          'The council adopted Resolution 2334 on settlements.',
          'r',
        ),
        event('2016-12-24', ['israel'], 'Israel recalled envoys over the vote on settlements.', 'r'),
        ...arafat,
      ],
      // An analysis's headline is a thesis, not a summary: the name comes from the sentences.
      [...articles, article('r', '2016-12-24', 'Analysis: Council demands end to settlements')],
    );
    expect(episodes[1]?.title).toBe('Resolution 2334 on settlements, December 2016');
    expect(episodes[1]?.id).toBe('2016-12-resolution-2334-on-settlements');
  });

  it('keeps ids when an unrelated article is added', () => {
    const before = groupEpisodes([...arafat, ...barrier], articles).episodes.map((e) => e.id);
    const unrelated = [
      event('2021-05-17', ['joe-biden'], 'Biden urged a ceasefire in Gaza in a call with Netanyahu.', 'late'),
      event('2021-05-19', ['france'], 'France circulated a ceasefire draft on Gaza.', 'late'),
    ];
    const after = groupEpisodes(
      [...arafat, ...barrier, ...unrelated],
      [...articles, article('late', '2021-05-19', 'France pushes Gaza ceasefire')],
    ).episodes.map((e) => e.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
  });
});
