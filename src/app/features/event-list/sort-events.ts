// The list order: by first day; ties keep their input order (the sort is stable), so events the app
// already sorted by first day (with its own tie rule) come out exactly as they went in.
//   ["2017-01-15", "2016-12", "2016-12-01", "2016"] → ["2016", "2016-12", "2016-12-01", "2017-01-15"]
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getSpanStart } from '../../../domain/partial-date.ts';

export function sortEventsByDate(events: readonly DiplomaticEvent[]): DiplomaticEvent[] {
  // Keys once per event rather than once per comparison: 50,000 events sort in a few milliseconds.
  const keyed = events.map((event, position) => ({
    event,
    start: getSpanStart(event.date),
    position,
  }));
  keyed.sort((a, b) => compare(a.start, b.start) || a.position - b.position);
  return keyed.map((k) => k.event);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
