// Lookups the app needs again and again, built once when the dataset loads, so that no
// render scans the whole dataset to find an actor or an actor's events.
import type { QuotedArticle } from '../../domain/article-text-schema.ts';
import type { Actor, Dataset, DiplomaticEvent, Episode, Source } from '../../domain/dataset-schema.ts';
import { getSpanStart } from '../../domain/partial-date.ts';

export interface DatasetIndex {
  readonly dataset: Dataset;
  /** All events in date order (ties by id), the order of the list and of previous/next. */
  readonly events: readonly DiplomaticEvent[];
  readonly eventsById: ReadonlyMap<string, DiplomaticEvent>;
  /** Position of each event in `events`. */
  readonly eventPosition: ReadonlyMap<string, number>;
  readonly actorsById: ReadonlyMap<string, Actor>;
  /** Each article's metadata with the sources quoting it, to check its text file against them. */
  readonly articlesById: ReadonlyMap<string, QuotedArticle>;
  readonly episodesById: ReadonlyMap<string, Episode>;
  /** Each actor's events in date order. */
  readonly eventsByActor: ReadonlyMap<string, readonly DiplomaticEvent[]>;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const events = [...dataset.events].sort(
    (a, b) => getSpanStart(a.date).localeCompare(getSpanStart(b.date)) || a.id.localeCompare(b.id),
  );
  const eventsByActor = new Map<string, DiplomaticEvent[]>();
  const sourcesByArticle = new Map<string, Source[]>();
  for (const event of events) {
    for (const id of event.actorIds) addTo(eventsByActor, id, event);
    for (const source of event.sources) addTo(sourcesByArticle, source.articleId, source);
  }
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventPosition: new Map(events.map((e, i) => [e.id, i])),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    articlesById: new Map(
      dataset.articles.map((a) => [a.id, { ...a, sources: sourcesByArticle.get(a.id) ?? [] }]),
    ),
    episodesById: new Map(dataset.episodes.map((e) => [e.id, e])),
    eventsByActor,
  };
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
