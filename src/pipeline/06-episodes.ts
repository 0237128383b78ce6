// Stage 6: groups events into episodes: runs of events close in time that share actors.
// An event joins the running episode when it starts within GAP_WITH_SHARED_ACTOR days of the
// episode's end and shares an actor with it, or within GAP_ANY days whatever its actors.
// Episodes of one event are not episodes; those events keep episodeId null.
import { getSpanEnd, getSpanStart } from '../domain/partial-date.ts';
import type { MergedEvent } from './events/merge-events.ts';
import { nameEpisode } from './episodes/name-episode.ts';
import { toSlug, uniqueSlugs } from './slug.ts';

export const GAP_WITH_SHARED_ACTOR = 14;
export const GAP_ANY = 3;

export interface EpisodeRecord {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly eventIds: readonly string[];
  readonly actorIds: readonly string[];
}

export function groupEpisodes(events: readonly MergedEvent[]): EpisodeRecord[] {
  const sorted = [...events].sort(
    (a, b) => spanStart(a).localeCompare(spanStart(b)) || a.id.localeCompare(b.id),
  );
  const clusters: MergedEvent[][] = [];
  let end = '';
  let actors = new Set<string>();
  for (const event of sorted) {
    const gap = daysBetween(end, spanStart(event));
    // An event naming no actor has no evidence against belonging to the running episode.
    const shares = event.actorIds.length === 0 || event.actorIds.some((id) => actors.has(id));
    const current = clusters[clusters.length - 1];
    if (current && (gap <= GAP_ANY || (gap <= GAP_WITH_SHARED_ACTOR && shares))) {
      current.push(event);
    } else {
      clusters.push([event]);
      actors = new Set();
      end = '';
    }
    event.actorIds.forEach((id) => actors.add(id));
    const eventEnd = spanEnd(event);
    if (eventEnd > end) end = eventEnd;
  }
  const named = clusters.filter((c) => c.length >= 2).map(toEpisode);
  const ids = uniqueSlugs(named.map((e) => e.id));
  return named.map((e, i) => ({ ...e, id: ids[i]! }));
}

function toEpisode(cluster: readonly MergedEvent[]): EpisodeRecord {
  const { title, month } = nameEpisode(cluster);
  return {
    id: toSlug(`${month} ${title.replace(/,[^,]*$/, '')}`, 80),
    title,
    start: cluster.map(spanStart).reduce((a, b) => (b < a ? b : a)),
    end: cluster.map(spanEnd).reduce((a, b) => (b > a ? b : a)),
    eventIds: cluster.map((e) => e.id),
    actorIds: rankActors(cluster),
  };
}

/** Actors by how many of the episode's events involve them, most first. */
function rankActors(cluster: readonly MergedEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of cluster) for (const id of event.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

const spanStart = (e: MergedEvent) => getSpanStart(e.date);
const spanEnd = (e: MergedEvent) => e.endDate ?? getSpanEnd(e.date);

function daysBetween(from: string, to: string): number {
  if (!from) return Infinity;
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
