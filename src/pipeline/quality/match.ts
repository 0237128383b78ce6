// The matching rule shared by recall and precision. An emitted event and a gold happening of
// the same article MATCH when both hold:
//   1. their dates are compatible:
//      - either has an endDate (a span such as "last week" → Monday..Sunday): the two day
//        ranges overlap, a month or year counting as all its days;
//      - gold precision day: the event has day precision and the same day;
//      - gold precision month / year: the event falls inside that month / year, at the same
//        or a finer precision ("2016-12-23" and "2016-12" match gold "2016-12"; "2016" does not);
//   2. they share at least one actor id (event.actorIds ∩ gold.actors ≠ ∅).
// The event type is not part of the rule: it is scored apart, as type accuracy.
import { getSpanEnd, getSpanStart, type Precision } from '../../domain/partial-date.ts';
import type { GoldHappening } from './gold-schema.ts';

export interface Dated {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string | undefined;
}

/** First and last ISO day a dated thing covers: "2014-11" → ["2014-11-01", "2014-11-30"]. */
export function toDayRange(dated: Dated): readonly [string, string] {
  return [getSpanStart(dated.date), dated.endDate ?? getSpanEnd(dated.date)];
}

export function isDateCompatible(event: Dated, gold: Dated): boolean {
  if (event.endDate !== undefined || gold.endDate !== undefined) {
    const [eventStart, eventEnd] = toDayRange(event);
    const [goldStart, goldEnd] = toDayRange(gold);
    return eventStart <= goldEnd && goldStart <= eventEnd; // ISO days compare as strings
  }
  if (gold.precision === 'day') return event.precision === 'day' && event.date === gold.date;
  return event.date.startsWith(gold.date);
}

interface WithActors {
  readonly actorIds: readonly string[];
}

export function sharesActor(event: WithActors, gold: Pick<GoldHappening, 'actors'>): boolean {
  return event.actorIds.some((id) => gold.actors.includes(id));
}

export function isMatch(event: Dated & WithActors, gold: GoldHappening): boolean {
  return isDateCompatible(event, gold) && sharesActor(event, gold);
}
