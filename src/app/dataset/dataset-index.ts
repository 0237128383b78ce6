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
  // First days once per event, not once per comparison (at 50k the sort took ~300 ms); ties
  // keep the pipeline's order by id (a collator is localeCompare without its per-call set-up).
  const byId = new Intl.Collator().compare;
  const events = dataset.events
    .map((event) => ({ event, start: getSpanStart(event.date) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : byId(a.event.id, b.event.id)))
    .map(({ event }) => event);
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
