// Each event as a point in time and a story vector. An event an article reports as news (dated
// within days of its publication) also carries the article's story: the summed vectors of that
// article's news events and its headline. That is how "Diplomats said the changes were unlikely to
// be enough" joins the veto it is about. Background events (years before publication) carry only
// their own sentence, so they join their own time's story, if any.
import { getSpanEnd, getSpanStart } from '../../domain/partial-date.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import { createFeatureTable, type Vocabulary } from './feature-table.ts';
import { unpackTextFeatures } from './packed-features.ts';
import { getTextFeatures, toStoryFeatures, type StoryFeatures, type TextFeatures } from './story-features.ts';
import {
  addScaled,
  createVectorSum,
  getIdf,
  takeVector,
  toVector,
  type StoryVector,
} from './story-vectors.ts';

/** What episodes need to know of an article: when it was published and its headline. */
export interface ArticleContext {
  readonly id: string;
  readonly published: string;
  readonly title: string;
}

/** Days before (and after, for announced plans) publication in which an event is the article's news. */
export const NEWS_DAYS_BEFORE = 21;
export const NEWS_DAYS_AFTER = 14;

/** Whether an event on `day` is news for an article published on day `published` (day numbers). */
export const isNewsDay = (day: number, published: number) =>
  day >= published - NEWS_DAYS_BEFORE && day <= published + NEWS_DAYS_AFTER;
/** Features kept per event and per article story (story-vectors.ts takeVector). */
export const FEATURES_PER_VECTOR = 48;
/** Share of an event's vector that is its articles' story rather than its own sentence. */
const ARTICLE_SHARE = 0.5;

export interface EventStory {
  readonly day: number;
  readonly features: StoryFeatures;
  readonly vector: StoryVector;
}

export function toDayNumber(isoDay: string): number {
  return Math.round(Date.parse(isoDay) / 86_400_000);
}

/** The day an event is placed at: its day, or the middle of its month or range. */
export function getAnchorDay(event: MergedEvent): number {
  if (event.endDate) return getMiddleDay(event.date, event.endDate);
  // Events share few dates (an archive's are a few thousand days), so each is read once.
  let day = ANCHOR_DAYS.get(event.date);
  if (day === undefined) {
    if (ANCHOR_DAYS.size >= MAX_ANCHOR_DAYS) ANCHOR_DAYS.clear();
    ANCHOR_DAYS.set(event.date, (day = getMiddleDay(event.date, getSpanEnd(event.date))));
  }
  return day;
}

const ANCHOR_DAYS = new Map<string, number>();
const MAX_ANCHOR_DAYS = 100_000;

const getMiddleDay = (date: string, end: string) =>
  Math.floor((toDayNumber(getSpanStart(date)) + toDayNumber(end)) / 2);

/**
 * @param known features of source sentences and headlines read already, packed, by text (the
 * per-article stage reads them on every thread); a text not in it is read here.
 */
export function getEventStories(
  events: readonly MergedEvent[],
  articles: readonly ArticleContext[],
  known: ReadonlyMap<string, string> = new Map(),
): { stories: EventStory[]; vocabulary: Vocabulary } {
  const table = createFeatureTable();
  const read = createTextReader(known);
  const features = events.map((e) => toStoryFeatures(getTexts(e).map(read), e.actorIds, table));
  const headlines = articles.map((a) => toStoryFeatures([read(a.title)], [], table));
  const idf = getIdf([...features, ...headlines], table.keys.length);
  const own = features.map((f) => toVector(f, idf, table));
  const days = events.map(getAnchorDay);
  const news = getNewsArticles(events, days, articles);
  // Each article's story: its headline, then its news events in order, summed.
  const reports: number[][] = articles.map(() => []);
  news.forEach((list, i) => list.forEach((k) => reports[k]!.push(i)));
  const sum = createVectorSum(table.keys.length);
  const cores = articles.map((_, k) => {
    addScaled(sum, toVector(headlines[k]!, idf, table));
    for (const i of reports[k]!) addScaled(sum, own[i]!);
    return takeVector(sum, table, FEATURES_PER_VECTOR);
  });
  const context = createVectorSum(table.keys.length);
  const stories = events.map((_, i): EventStory => {
    const list = news[i]!;
    if (list.length === 0) return { day: days[i]!, features: features[i]!, vector: own[i]! };
    addScaled(sum, own[i]!, 1 - ARTICLE_SHARE);
    if (list.length === 1) addScaled(sum, cores[list[0]!]!, ARTICLE_SHARE);
    else {
      for (const k of list) addScaled(context, cores[k]!);
      addScaled(sum, takeVector(context, table), ARTICLE_SHARE);
    }
    return { day: days[i]!, features: features[i]!, vector: takeVector(sum, table, FEATURES_PER_VECTOR) };
  });
  return { stories, vocabulary: { table, idf } };
}

/** Features of a text, unpacked from `known` or else read, once per run. */
function createTextReader(known: ReadonlyMap<string, string>): (text: string) => TextFeatures {
  const read = new Map<string, TextFeatures>();
  return (text) => {
    let features = read.get(text);
    if (!features) {
      const packed = known.get(text);
      features = packed === undefined ? getTextFeatures(text) : unpackTextFeatures(packed);
      read.set(text, features);
    }
    return features;
  };
}

/** An event's distinct source sentences (most events have one source). */
const getTexts = (event: MergedEvent) =>
  event.sources.length === 1 ? [event.sources[0]!.text] : [...new Set(event.sources.map((s) => s.text))];

/**
 * For each event, the articles (by index) reporting it as news, in order of its sources; an id
 * two articles share means the later of them, as a map built from the list keeps it.
 */
function getNewsArticles(
  events: readonly MergedEvent[],
  days: readonly number[],
  articles: readonly ArticleContext[],
): number[][] {
  const indexOf = new Map(articles.map((a, k) => [a.id, k]));
  const published = articles.map((a) => toDayNumber(a.published));
  return events.map((event, i) => {
    const list: number[] = [];
    for (const { articleId } of event.sources) {
      const k = indexOf.get(articleId);
      if (k === undefined || list.includes(k)) continue;
      const day = days[i]!;
      if (isNewsDay(day, published[k]!)) list.push(k);
    }
    return list;
  });
}
