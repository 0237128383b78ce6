// Applies the optional curated episodes.json: merges listed episodes (into the first one
// named) and renames by id. An id the curation names that does not exist is reported, not
// ignored, so a stale curation file is noticed.
import type { EpisodeRecord } from '../06-episodes.ts';
import type { EpisodeCuration } from '../input/manifest-schema.ts';

export function applyEpisodeCuration(
  episodes: readonly EpisodeRecord[],
  curation: EpisodeCuration,
): { episodes: EpisodeRecord[]; warnings: string[] } {
  const warnings: string[] = [];
  let result = [...episodes];
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
