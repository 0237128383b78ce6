// Names an episode after its dominant subject, place and month:
// "Paris peace conference, January 2017", "Palestinian statehood bid, December 2014".
import { formatPartialDate } from '../../domain/format-date.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import { FALLBACK_TOPIC, TOPICS } from './topics.ts';

export function nameEpisode(cluster: readonly MergedEvent[]): { title: string; month: string } {
  const text = [...new Set(cluster.flatMap((e) => e.sources.map((s) => s.text)))].join('\n');
  let best = { label: FALLBACK_TOPIC, count: 0 };
  for (const topic of TOPICS) {
    const count = text.match(topic.pattern)?.length ?? 0;
    if (count > best.count) best = { label: topic.label, count };
  }
  const place = getMostFrequent(cluster.flatMap((e) => (e.place ? [e.place] : [])));
  const label = best.label.replace('{place}', place ?? '').trim();
  // Month-precision events say less about when the episode happened than dated days do.
  const dayMonths = cluster.filter((e) => e.precision === 'day').map((e) => e.date.slice(0, 7));
  // On a tie the later month names it: an episode builds up to its last dated happenings.
  const month = getMostFrequent(
    dayMonths.length > 0 ? dayMonths : cluster.map((e) => e.date.slice(0, 7)),
    'last',
  )!;
  // A cluster of year-precision events has no month: "2016" is written as the year alone.
  const when = formatPartialDate(month, month.length === 7 ? 'month' : 'year');
  return { title: `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${when}`, month };
}

/** Most frequent value; ties go to the alphabetically first (or last) so output is deterministic. */
function getMostFrequent(values: readonly string[], onTie: 'first' | 'last' = 'first'): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = onTie === 'first' ? 1 : -1;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || order * a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}
