import { describe, expect, it } from 'vitest';
import type { Arc, Episode } from '../../../domain/dataset-schema.ts';
import type { ArcId, EpisodeId, EventId } from '../../../domain/ids.ts';
import { getEpisodeWindow } from './get-episode-window.ts';
import { getStripLayout, MIN_WIDTH } from './strip-layout.ts';

const episode = (id: string, start: string, end: string, arcId?: string): Episode => ({
  id: id as EpisodeId,
  title: `Episode ${id}`,
  start,
  end,
  eventIds: ['e' as EventId],
  actorIds: [],
  ...(arcId ? { arcId: arcId as ArcId } : {}),
});
const local = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
};

describe('getStripLayout', () => {
  const episodes = [
    episode('late', '2021-05-10', '2021-05-20'),
    episode('early', '2013-11-01', '2013-12-06'),
    episode('middle', '2014-12-14', '2014-12-16'),
  ];

  it('places episodes in time order by share of the whole span', () => {
    const layout = getStripLayout(episodes, [], []);
    expect(layout.episodes.map((b) => b.item.id)).toEqual(['early', 'middle', 'late']);
    const [early, middle, late] = layout.episodes;
    expect(early!.left).toBe(0);
    expect(late!.left + late!.width).toBeCloseTo(1);
    expect(middle!.left).toBeGreaterThan(early!.left + early!.width);
    expect(layout.rows).toBe(1);
  });

  it('gives hidden time no width, so blocks share the strip instead of the empty years', () => {
    const hidden = [
      { start: local('2013-12-10'), end: local('2014-12-10') },
      { start: local('2014-12-20'), end: local('2021-05-05') },
    ];
    const plain = getStripLayout(episodes, [], []);
    const compressed = getStripLayout(episodes, [], hidden);
    const width = (layout: typeof plain, id: string) => layout.episodes.find((b) => b.item.id === id)!.width;
    expect(width(compressed, 'late')).toBeGreaterThan(10 * width(plain, 'late'));
    expect(width(compressed, 'early')).toBeGreaterThan(0.4);
  });

  it('keeps a one-day episode among years visible', () => {
    const layout = getStripLayout(
      [episode('a', '2000-01-01', '2020-01-01'), episode('b', '2010-01-01', '2010-01-01')],
      [],
      [],
    );
    expect(layout.episodes[1]!.width).toBe(MIN_WIDTH);
  });

  it('gives each block the room up to the next block of its row, or to the strip end', () => {
    const layout = getStripLayout(episodes, [], []);
    const [early, middle, late] = layout.episodes;
    expect(early!.room).toBeCloseTo(middle!.left - early!.left);
    expect(middle!.room).toBeCloseTo(late!.left - middle!.left);
    expect(late!.room).toBeCloseTo(late!.width);
  });

  it('gives a block no more room than its width when the next one overlaps it', () => {
    const crowded = Array.from({ length: 5 }, (_, i) => episode(`o${i}`, '2010-01-01', `2010-0${i + 2}-01`));
    const layout = getStripLayout(crowded, [], []);
    expect(layout.rows).toBe(3);
    for (const block of layout.episodes) expect(block.room).toBeGreaterThanOrEqual(block.width);
    const shared = layout.episodes.filter((b) => b.row === layout.episodes.at(-1)!.row);
    expect(shared.length).toBeGreaterThan(1);
    expect(shared[0]!.room).toBe(shared[0]!.width);
  });

  it('labels years under the blocks, thinned so none collide', () => {
    const layout = getStripLayout(episodes, [], []);
    expect(layout.ticks.map((t) => t.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    const wide = getStripLayout(
      [episode('a', '1950-01-01', '1950-02-01'), episode('b', '2020-01-01', '2020-02-01')],
      [],
      [],
    );
    expect(wide.ticks.map((t) => t.year)).toEqual(
      [1960, 1970, 1980, 1990, 2000, 2010, 2020].filter((y) => y < 2020),
    );
    // A year that begins in hidden time is not labelled: it would sit at a break.
    const hidden = [{ start: local('2014-12-20'), end: local('2021-05-01') }];
    expect(getStripLayout(episodes, [], hidden).ticks.map((t) => t.year)).toEqual([2014]);
  });

  it('stacks overlapping episodes in rows', () => {
    const layout = getStripLayout(
      [
        episode('a', '2020-01-01', '2020-03-01'),
        episode('b', '2020-02-01', '2020-04-01'),
        episode('c', '2020-05-01', '2020-06-01'),
      ],
      [],
      [],
    );
    expect(layout.episodes.map((b) => b.row)).toEqual([0, 1, 0]);
    expect(layout.rows).toBe(2);
  });

  it('places arcs on the same axis, and maps days for the window marker', () => {
    const arcs = [
      {
        id: 'arc' as ArcId,
        title: 'Arc',
        start: '2013-11-01',
        end: '2014-12-16',
        episodeIds: ['early', 'middle'],
      },
    ] as Arc[];
    const layout = getStripLayout(episodes, arcs, []);
    expect(layout.arcs[0]!.left).toBe(0);
    const middle = layout.episodes.find((b) => b.item.id === 'middle')!;
    expect(layout.arcs[0]!.width).toBeCloseTo(middle.left + middle.width);
    expect(layout.toShare('2013-11-01')).toBe(0);
    expect(layout.toShare('1999-01-01')).toBe(0);
    expect(layout.toShare('2030-01-01')).toBe(1);
  });
});

describe('getEpisodeWindow', () => {
  it.each([
    { start: '2021-05-10', end: '2021-05-20', from: '2021-05-08', to: '2021-05-24' },
    { start: '2014-12-14', end: '2014-12-14', from: '2014-12-13', to: '2014-12-16' },
    { start: '2016-12-01', end: '2017-01-15', from: '2016-11-24', to: '2017-02-02' },
  ])('$start … $end → $from … $to', ({ start, end, from, to }) => {
    expect(getEpisodeWindow({ start, end })).toEqual({ from, to });
  });
});
