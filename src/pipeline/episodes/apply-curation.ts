// Applies the optional curated episodes.json: splits episodes at the given days, merges listed
// episodes (into the first one named), then renames by id. An id the curation names that does not
// exist is reported, not ignored, so a stale curation file is noticed.
import { formatPartialDate } from '../../domain/format-date.ts';
import { getSpanEnd, getSpanStart } from '../../domain/partial-date.ts';
import type { EpisodeRecord } from '../06-episodes.ts';
import type { EpisodeCuration } from '../input/manifest-schema.ts';

/** What a split needs of an event: when it happened. */
export interface DatedEvent {
  readonly date: string;
  readonly endDate?: string;
  readonly actorIds?: readonly string[];
}

export function applyEpisodeCuration(
  episodes: readonly EpisodeRecord[],
  curation: EpisodeCuration,
  events: ReadonlyMap<string, DatedEvent> = new Map(),
): { episodes: EpisodeRecord[]; warnings: string[] } {
  const warnings: string[] = [];
  let result = splitEpisodes(episodes, curation.split ?? {}, events, warnings);
  const byId = () => new Map(result.map((e) => [e.id, e]));
  for (const group of curation.merge ?? []) {
    const current = byId();
    const found = group.flatMap((id) => {
      const episode = current.get(id);
      if (!episode) warnings.push(`episodes.json: cannot merge unknown episode "${id}"`);
      return episode ? [episode] : [];
    });
    if (found.length < 2) continue;
    const [first, ...rest] = found as [EpisodeRecord, ...EpisodeRecord[]];
    const merged: EpisodeRecord = {
      ...first,
      start: found.map((e) => e.start).reduce((a, b) => (b < a ? b : a)),
      end: found.map((e) => e.end).reduce((a, b) => (b > a ? b : a)),
      eventIds: found.flatMap((e) => e.eventIds),
      actorIds: [...new Set(found.flatMap((e) => e.actorIds))],
    };
    const restIds = new Set(rest.map((e) => e.id));
    result = result.filter((e) => !restIds.has(e.id)).map((e) => (e.id === first.id ? merged : e));
  }
  const current = byId();
  for (const id of Object.keys(curation.rename ?? {})) {
    if (!current.has(id)) warnings.push(`episodes.json: cannot rename unknown episode "${id}"`);
  }
  result = result.map((e) => (curation.rename?.[e.id] ? { ...e, title: curation.rename[e.id]! } : e));
  return { episodes: result, warnings };
}

/**
 * "split": { "2016-12-resolution-2334": ["2017-01-01"] } cuts that episode before 1 January 2017:
 * the first part keeps its id, each later part is "<id>-from-<day>", titled with its own month.
 * A part left without events is dropped.
 */
function splitEpisodes(
  episodes: readonly EpisodeRecord[],
  split: Readonly<Record<string, readonly string[]>>,
  events: ReadonlyMap<string, DatedEvent>,
  warnings: string[],
): EpisodeRecord[] {
  const known = new Set(episodes.map((e) => e.id));
  for (const id of Object.keys(split))
    if (!known.has(id)) warnings.push(`episodes.json: cannot split unknown episode "${id}"`);
  return episodes.flatMap((episode) => {
    const days = [...(split[episode.id] ?? [])].sort();
    if (days.length === 0) return [episode];
    const startOf = (id: string) => getSpanStart(events.get(id)?.date ?? episode.start);
    const parts = [episode.start, ...days].map((from, i) => {
      const to = days[i];
      const eventIds = episode.eventIds.filter(
        (id) => startOf(id) >= (i === 0 ? '' : from) && (!to || startOf(id) < to),
      );
      return { from, eventIds, i };
    });
    return parts
      .filter((p) => p.eventIds.length > 0)
      .map(({ from, eventIds, i }) => {
        const dated = eventIds.map((id) => events.get(id) ?? { date: episode.start });
        const start = dated.map((e) => getSpanStart(e.date)).reduce((a, b) => (b < a ? b : a));
        const end = dated.map((e) => e.endDate ?? getSpanEnd(e.date)).reduce((a, b) => (b > a ? b : a));
        return {
          ...episode,
          id: i === 0 ? episode.id : `${episode.id}-from-${from}`,
          title: i === 0 ? episode.title : retitle(episode.title, start),
          start,
          end,
          eventIds,
          // The part's own actors, in the episode's order (most involved first).
          actorIds: episode.actorIds.filter((id) =>
            dated.some((e) => !('actorIds' in e) || e.actorIds?.includes(id)),
          ),
        };
      });
  });
}

/** "Talks on Gaza, May 2021" for a part starting 2021-06-03 → "Talks on Gaza, June 2021". */
function retitle(title: string, start: string): string {
  const month = formatPartialDate(start.slice(0, 7), 'month');
  return /, [^,]*$/.test(title) ? title.replace(/, [^,]*$/, `, ${month}`) : `${title}, ${month}`;
}
