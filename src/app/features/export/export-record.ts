// One flat, self-contained record per event, shared by the CSV, JSON and iCalendar writers: ids
// are resolved to names and titles here, so each writer only formats.
import type { Actor, Article, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventType } from '../../../domain/event-types.ts';
import { getEventTypeLabel } from '../../../domain/event-types.ts';
import type { Precision } from '../../../domain/partial-date.ts';

export type ActorLookup = ReadonlyMap<string, Pick<Actor, 'name'>>;
export type ArticleLookup = ReadonlyMap<string, Pick<Article, 'title' | 'outlet'>>;

export interface ExportSource {
  /** The outlet that published the article; null when unknown. */
  readonly outlet: string | null;
  /** The article's title; null when the article is missing from the lookup. */
  readonly articleTitle: string | null;
  /** The sentence(s) the event was read from, whitespace collapsed to single spaces. */
  readonly sentence: string;
}

export interface ExportRecord {
  readonly id: string;
  /** "2017-01-15", "2014-11" or "2016", as in the dataset. */
  readonly date: string;
  readonly precision: Precision;
  /** Last day of a span (YYYY-MM-DD), or null for single days, months and years. */
  readonly endDate: string | null;
  readonly type: EventType;
  readonly typeLabel: string;
  readonly title: string;
  /** Actor names, agents first; an id stands in for an actor missing from the lookup. */
  readonly actors: readonly string[];
  readonly place: string | null;
  readonly sources: readonly ExportSource[];
}

export function toExportRecords(
  events: readonly DiplomaticEvent[],
  actorsById: ActorLookup,
  articlesById: ArticleLookup,
): ExportRecord[] {
  return events.map((event) => ({
    id: event.id,
    date: event.date,
    precision: event.precision,
    endDate: event.endDate ?? null,
    type: event.type,
    typeLabel: getEventTypeLabel(event.type),
    title: event.title,
    actors: event.actorIds.map((id) => actorsById.get(id)?.name ?? id),
    place: event.place,
    sources: event.sources.map((source) => {
      const article = articlesById.get(source.articleId);
      return {
        outlet: article?.outlet ?? null,
        articleTitle: article?.title ?? null,
        sentence: source.text.replace(/\s+/gu, ' ').trim(),
      };
    }),
  }));
}
