// The "previous / next result" stepper walks the search results in the order the list shows them:
// by first day, ties kept in input order (so input already sorted by first day keeps its order).
//   matches [a, b, c]: step from b by +1 → c; from c by +1 → a (wraps); from nothing by -1 → c.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventId } from '../../../domain/ids.ts';
import { getSpanStart } from '../../../domain/partial-date.ts';
import { getSearchTerms } from './fold-text.ts';

/**
 * Ids of the search results in date order, or [] when the query is blank (nothing to step through).
 * `shown` is what filterEvents returned for the same query, so every shown event is a result.
 */
export function getSearchMatches(shown: readonly DiplomaticEvent[], q: string): EventId[] {
  if (getSearchTerms(q).length === 0) return [];
  const keyed = shown.map((event, position) => ({
    id: event.id,
    start: getSpanStart(event.date),
    position,
  }));
  keyed.sort((a, b) => compare(a.start, b.start) || a.position - b.position);
  return keyed.map((k) => k.id);
}

/** Zero-based place of the current event among the matches, or null when it is not one of them. */
export function getMatchPosition(matches: readonly EventId[], currentId: string | null): number | null {
  if (currentId === null) return null;
  const position = matches.indexOf(currentId as EventId);
  return position === -1 ? null : position;
}

/** The match to go to from the current event, wrapping at both ends; null when there are none. */
export function stepSearchMatch(
  matches: readonly EventId[],
  currentId: string | null,
  direction: 1 | -1,
): EventId | null {
  if (matches.length === 0) return null;
  const position = getMatchPosition(matches, currentId);
  if (position === null) return (direction === 1 ? matches[0] : matches[matches.length - 1]) ?? null;
  return matches[(position + direction + matches.length) % matches.length] ?? null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
