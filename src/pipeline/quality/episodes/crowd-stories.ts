// A harder test of the same labels: every labelled story is moved in time so that consecutive
// stories begin `spacingDays` apart (an article's events keep their offsets from its publication
// day), so stories that were years apart now crowd into the same weeks. Only time is changed;
// what keeps stories apart then is what they are about. An event known only to the month moves
// from where grouping places it, the middle of its month, and is given that day; one known only
// to the year is dropped, as grouping drops it.
import type { MergedEvent } from '../../events/merge-events.ts';
import { fromDayNumber } from '../../dates/calendar.ts';
import { getAnchorDay } from '../../episodes/story-items.ts';
import type { Stories } from './stories-schema.ts';

interface Article {
  readonly id: string;
  readonly file: string;
  readonly published: string;
  readonly title: string;
}

const DAY = 86_400_000;

export function crowdStories(
  events: readonly MergedEvent[],
  articles: readonly Article[],
  labels: readonly Stories[],
  spacingDays: number,
): { events: MergedEvent[]; articles: Article[]; stories: Stories } {
  // Labels of different files are different stories: prefix each with its file's position.
  const storyOf = new Map<string, string>();
  const mayMerge: string[][] = [];
  labels.forEach((stories, i) => {
    for (const [file, story] of Object.entries(stories.articles)) storyOf.set(file, `${i}:${story}`);
    for (const group of stories.mayMerge) mayMerge.push(group.map((story) => `${i}:${story}`));
  });
  const firstDay = new Map<string, number>();
  for (const a of articles) {
    const story = storyOf.get(a.file);
    const day = Date.parse(a.published);
    if (story && day < (firstDay.get(story) ?? Infinity)) firstDay.set(story, day);
  }
  const order = [...firstDay].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const shift = new Map(
    order.map(([story, day], i) => [story, Date.UTC(2040, 0, 1) + i * spacingDays * DAY - day]),
  );
  const move = (iso: string, by: number) => new Date(Date.parse(iso) + by).toISOString().slice(0, 10);
  const articleShift = new Map(
    articles.flatMap((a) => (storyOf.has(a.file) ? [[a.id, shift.get(storyOf.get(a.file)!)!] as const] : [])),
  );
  const moved = events.flatMap((e) => {
    const by = articleShift.get(e.sources[0]!.articleId);
    if (by === undefined || e.precision === 'year') return [];
    if (e.precision === 'month') {
      return [{ ...e, date: move(fromDayNumber(getAnchorDay(e)), by), precision: 'day' as const }];
    }
    return [{ ...e, date: move(e.date, by), ...(e.endDate ? { endDate: move(e.endDate, by) } : {}) }];
  });
  const kept = articles.filter((a) => articleShift.has(a.id));
  return {
    events: moved,
    articles: kept.map((a) => ({ ...a, published: move(a.published, articleShift.get(a.id)!) })),
    stories: {
      articles: Object.fromEntries(kept.map((a) => [a.file, storyOf.get(a.file)!])),
      mayMerge,
      nearDays: 120,
    },
  };
}
