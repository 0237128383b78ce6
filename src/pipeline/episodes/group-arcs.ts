// Arcs: episodes of one longer story, such as a series of ceasefire resolutions during one war.
// In time order, an episode joins the arc of the most similar earlier episode that ended at most
// ARC_GAP_DAYS before it began, if similar enough and the arc would not outgrow ARC_MAX_DAYS. An
// arc of one episode is no arc. Compares only with episodes in that window, so it stays linear.
import { formatPartialDate } from '../../domain/format-date.ts';
import type { EpisodeRecord } from '../06-episodes.ts';
import { toSlug, uniqueSlugs } from '../slug.ts';
import { dot, type Vector } from './story-vectors.ts';

export const ARC_GAP_DAYS = 183;
export const ARC_MAX_DAYS = 3 * 365;
export const ARC_MIN_SIMILARITY = 0.3;

export interface ArcRecord {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly episodeIds: readonly string[];
}

interface Candidate {
  readonly episode: EpisodeRecord;
  readonly vector: Vector;
}

const day = (iso: string) => Date.parse(iso) / 86_400_000;

export function groupArcs(
  candidates: readonly Candidate[],
  _idf: ReadonlyMap<string, number>,
): { arcs: ArcRecord[]; arcOf: Map<string, string> } {
  const sorted = [...candidates].sort((a, b) =>
    a.episode.start < b.episode.start ? -1 : a.episode.start > b.episode.start ? 1 : 0,
  );
  const groups: Candidate[][] = [];
  const groupOf = new Map<Candidate, Candidate[]>();
  let window: Candidate[] = [];
  for (const candidate of sorted) {
    const start = day(candidate.episode.start);
    window = window.filter((c) => start - day(c.episode.end) <= ARC_GAP_DAYS);
    let best: Candidate | null = null;
    let bestScore = ARC_MIN_SIMILARITY;
    for (const earlier of window) {
      const group = groupOf.get(earlier)!;
      if (day(candidate.episode.end) - day(group[0]!.episode.start) > ARC_MAX_DAYS) continue;
      const score = dot(candidate.vector, earlier.vector);
      if (score >= bestScore) [best, bestScore] = [earlier, score];
    }
    const group = best ? groupOf.get(best)! : [];
    if (!best) groups.push(group);
    group.push(candidate);
    groupOf.set(candidate, group);
    window.push(candidate);
  }
  const arcs = groups.filter((g) => g.length >= 2).map(toArc);
  const ids = uniqueSlugs(arcs.map((a) => a.id));
  const named = arcs.map((a, i) => ({ ...a, id: ids[i]! }));
  const arcOf = new Map(named.flatMap((a) => a.episodeIds.map((id) => [id, a.id] as const)));
  return { arcs: named, arcOf };
}

function toArc(group: readonly Candidate[]): ArcRecord {
  const episodes = group.map((c) => c.episode);
  const start = episodes.map((e) => e.start).reduce((a, b) => (b < a ? b : a));
  const end = episodes.map((e) => e.end).reduce((a, b) => (b > a ? b : a));
  // The arc is named after its longest-running thread: the first episode's title without its month.
  const subject = episodes[0]!.title.replace(/,[^,]*$/, '');
  const years =
    start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(2, 4)}`;
  const title = `${subject}, ${years === start.slice(0, 4) ? formatPartialDate(start.slice(0, 4), 'year') : years}`;
  return {
    id: toSlug(`arc ${start.slice(0, 7)} ${subject}`, 80),
    title,
    start,
    end,
    episodeIds: episodes.map((e) => e.id),
  };
}
