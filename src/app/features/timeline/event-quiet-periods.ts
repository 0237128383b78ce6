// The quiet periods of a dataset: gaps between the spans of its events and episodes (an episode
// may run past its last event, and its band must not fall into hidden time).
import type { DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { getEventSpan } from './event-times.ts';
import { addDays, fromIsoDay } from './iso-day.ts';
import type { QuietPeriod, TimeSpan } from './quiet-periods.ts';
import { getQuietPeriods } from './quiet-periods.ts';

export function getEventQuietPeriods(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
): readonly QuietPeriod[] {
  const bands = episodes
    .map((episode) => ({
      start: fromIsoDay(episode.start).getTime(),
      end: fromIsoDay(addDays(episode.end, 1)).getTime(),
    }))
    .sort((a, b) => a.start - b.start);
  // Events come in date order from the dataset index: merging keeps the spans sorted, so 50k
  // spans are not sorted again.
  return getQuietPeriods(mergeByStart(events.map(getEventSpan), bands));
}

function mergeByStart(a: readonly TimeSpan[], b: readonly TimeSpan[]): TimeSpan[] {
  const merged: TimeSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}
