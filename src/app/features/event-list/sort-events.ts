// The list order: by first day; ties keep their input order (the sort is stable), so events the app
// already sorted by first day (with its own tie rule) come out exactly as they went in.
//   ["2017-01-15", "2016-12", "2016-12-01", "2016"] → ["2016", "2016-12", "2016-12-01", "2017-01-15"]
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getSpanStart } from '../../../domain/partial-date.ts';

export function sortEventsByDate(events: readonly DiplomaticEvent[]): DiplomaticEvent[] {
  // Events share dates: each date's first day is worked out once per call.
  const starts = new Map<string, string>();
  const startOf = (date: string) => {
    let start = starts.get(date);
    if (start === undefined) starts.set(date, (start = getSpanStart(date)));
    return start;
  };
  // The app hands events already in date order; checking that is one pass, sorting is several.
  // Partial dates compare as strings in the order of their first days, except a shorter date before
  // a longer one it prefixes ("2016-12" ≤ "2016-12-01"): so when the raw strings are in order the
  // first days are too, and only the other pairs need their first days looked up (at 50k events
  // the lookups were most of the check's time).
  let inOrder = true;
  for (let i = 1; i < events.length && inOrder; i++) {
    const a = events[i - 1]!.date;
    const b = events[i]!.date;
    inOrder = a <= b || startOf(a) <= startOf(b);
  }
  if (inOrder) return [...events];
  const keyed = events.map((event, position) => ({ event, start: startOf(event.date), position }));
  keyed.sort((a, b) => compare(a.start, b.start) || a.position - b.position);
  return keyed.map((k) => k.event);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
