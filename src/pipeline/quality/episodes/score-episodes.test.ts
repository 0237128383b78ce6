import { describe, expect, it } from 'vitest';
import { countBareNames, scoreEpisodes } from './score-episodes.ts';
import { parseStories } from './stories-schema.ts';

const article = (id: string, published: string) => ({ id, file: `${id}.txt`, published });
const event = (id: string, ...articleIds: string[]) => ({
  id,
  sources: articleIds.map((articleId) => ({ articleId })),
});
const episode = (id: string, start: string, end: string, eventIds: string[]) => ({
  id,
  start,
  end,
  eventIds,
});

// a, b: one story (two outlets); c: another story a month later; d: a third, a year later.
const articles = [
  article('a', '2020-01-10'),
  article('b', '2020-01-11'),
  article('c', '2020-02-15'),
  article('d', '2021-03-01'),
];
const stories = parseStories(
  { articles: { 'a.txt': 'veto', 'b.txt': 'veto', 'c.txt': 'barrier', 'd.txt': 'talks' } },
  'stories.json',
);
const score = (events: ReturnType<typeof event>[], episodes: ReturnType<typeof episode>[]) =>
  scoreEpisodes({ articles, events, episodes }, stories);

describe('scoreEpisodes', () => {
  it('counts same-story pairs kept together and near different-story pairs kept apart', () => {
    const result = score(
      [event('e1', 'a'), event('e2', 'a', 'b'), event('e3', 'c'), event('e4', 'c'), event('e5', 'd')],
      [
        episode('x', '2020-01-09', '2020-01-11', ['e1', 'e2']),
        episode('y', '2020-02-14', '2020-02-15', ['e3', 'e4']),
      ],
    );
    expect(result.mustLink).toEqual({ ok: 1, of: 1 });
    // a–c and b–c are within 120 days; a–d, b–d, c–d are not, so they are not counted.
    expect(result.nearSeparate).toEqual({ ok: 2, of: 2 });
    expect(result.longestDays).toBe(2);
  });

  it('puts an article in the episode holding most of its events, and reports merges by name', () => {
    const result = score(
      [event('e1', 'a'), event('e2', 'a'), event('e3', 'b', 'c'), event('e4', 'c')],
      [
        episode('x', '2020-01-01', '2020-03-01', ['e1', 'e3', 'e4']),
        episode('z', '2020-01-01', '2020-01-02', ['e2']),
      ],
    );
    // a: one event in x, one in z → the tie goes to x; b and c are in x too.
    expect(result.mustLink).toEqual({ ok: 1, of: 1 });
    expect(result.nearSeparate).toEqual({ ok: 0, of: 2 });
    expect(result.misses).toContain('merged: a.txt (veto) / c.txt (barrier) in x');
  });

  it('does not count pairs of stories allowed to share an arc', () => {
    const lenient = parseStories({ ...stories, mayMerge: [['veto', 'barrier']] }, 'stories.json');
    const result = scoreEpisodes(
      {
        articles,
        events: [event('e1', 'a', 'c')],
        episodes: [episode('x', '2020-01-01', '2020-02-20', ['e1'])],
      } as never,
      lenient,
    );
    expect(result.nearSeparate.of).toBe(0);
  });

  it('rejects a label file with unknown keys, naming the file', () => {
    expect(() => parseStories({ articles: {}, stories: {} }, 'eval/x/stories.json')).toThrow(
      /eval\/x\/stories\.json/,
    );
  });
});

describe('countBareNames', () => {
  it('counts names that say only the kind and when', () => {
    const titles = [
      'Talks, November 2022',
      'Diplomatic contacts, June 2024',
      'Security Council veto, 2003',
      'Kerry–Netanyahu talks, December 2013',
      'US refuses visas, August 2025',
      'Security Council veto on Beit Hanoun, November 2006',
    ];
    expect(countBareNames(titles)).toBe(3);
  });
});
