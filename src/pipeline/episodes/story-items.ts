// Each event as a point in time and a story vector. An event an article reports as news (dated
// within days of its publication) also carries the article's story: the summed vectors of that
// article's news events and its headline. That is how "Diplomats said the changes were unlikely to
// be enough" joins the veto it is about. Background events (years before publication) carry only
// their own sentence, so they join their own time's story, if any.
import { getSpanEnd, getSpanStart } from '../../domain/partial-date.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import { getStoryFeatures, type StoryFeatures } from './story-features.ts';
import { addScaled, getIdf, keepHeaviest, normalize, toVector, type Vector } from './story-vectors.ts';

/** What episodes need to know of an article: when it was published and its headline. */
export interface ArticleContext {
  readonly id: string;
  readonly published: string;
  readonly title: string;
}

/** Days before (and after, for announced plans) publication in which an event is the article's news. */
export const NEWS_DAYS_BEFORE = 21;
export const NEWS_DAYS_AFTER = 14;
/** Features kept per event and per article story (story-vectors.ts keepHeaviest). */
export const FEATURES_PER_VECTOR = 48;
/** Share of an event's vector that is its articles' story rather than its own sentence. */
const ARTICLE_SHARE = 0.5;

export interface EventStory {
  readonly day: number;
  readonly features: StoryFeatures;
  readonly vector: Vector;
}

export function toDayNumber(isoDay: string): number {
  return Math.round(Date.parse(isoDay) / 86_400_000);
}

/** The day an event is placed at: its day, or the middle of its month or range. */
export function getAnchorDay(event: MergedEvent): number {
  const start = toDayNumber(getSpanStart(event.date));
  const end = toDayNumber(event.endDate ?? getSpanEnd(event.date));
  return Math.floor((start + end) / 2);
}

export function getEventStories(
  events: readonly MergedEvent[],
  articles: readonly ArticleContext[],
): { stories: EventStory[]; idf: Map<string, number> } {
  const features = events.map((e) =>
    getStoryFeatures([...new Set(e.sources.map((s) => s.text))], e.actorIds),
  );
  const published = new Map(articles.map((a) => [a.id, toDayNumber(a.published)]));
  const headlines = articles.map((a) => getStoryFeatures([a.title], []));
  const idf = getIdf([...features, ...headlines]);
  const own = features.map((f) => toVector(f, idf));
  const days = events.map(getAnchorDay);
  const isNews = (articleId: string, day: number) => {
    const p = published.get(articleId);
    return p !== undefined && day >= p - NEWS_DAYS_BEFORE && day <= p + NEWS_DAYS_AFTER;
  };
  const cores = new Map<string, Vector>(articles.map((a, i) => [a.id, toVector(headlines[i]!, idf)]));
  events.forEach((event, i) => {
    for (const id of new Set(event.sources.map((s) => s.articleId)))
      if (isNews(id, days[i]!)) addScaled(cores.get(id) ?? cores.set(id, new Map()).get(id)!, own[i]!);
  });
  for (const [id, core] of cores) cores.set(id, keepHeaviest(normalize(core), FEATURES_PER_VECTOR));
  const stories = events.map((event, i) => {
    const news = [...new Set(event.sources.map((s) => s.articleId))].filter((id) => isNews(id, days[i]!));
    if (news.length === 0) return { day: days[i]!, features: features[i]!, vector: own[i]! };
    const context =
      news.length === 1
        ? cores.get(news[0]!)!
        : normalize(news.reduce((sum, id) => addScaled(sum, cores.get(id)!), new Map() as Vector));
    const vector = keepHeaviest(
      normalize(addScaled(addScaled(new Map(), own[i]!, 1 - ARTICLE_SHARE), context, ARTICLE_SHARE)),
      FEATURES_PER_VECTOR,
    );
    return { day: days[i]!, features: features[i]!, vector };
  });
  return { stories, idf };
}
