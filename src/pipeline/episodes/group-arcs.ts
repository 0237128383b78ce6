// Arcs: episodes of one longer story, such as a series of ceasefire resolutions during one war.
// In time order, an episode joins the arc of the most similar earlier episode that ended at most
// ARC_GAP_DAYS before it began, if similar enough and the arc would not outgrow ARC_MAX_DAYS. An
// arc of one episode is no arc. Compares only with episodes in that window, so it stays linear.
import type { EpisodeRecord } from '../06-episodes.ts';
import { toSlug, uniqueSlugs } from '../slug.ts';
import { NOT_NAMING_WORDS } from './story-lexicon.ts';
import { dot, type Vector } from './keyed-vectors.ts';
import { TOPICS } from './topics.ts';

export const ARC_GAP_DAYS = 183;
export const ARC_MAX_DAYS = 3 * 365;
export const ARC_MIN_SIMILARITY = 0.2;
/** Share of an arc's events that must use a name (not a thread) for it to name the arc. */
const NAME_SHARE = 0.15;
/** Room for the kind in an arc's name, leaving some for a shared name and the years. */
const MAX_ARC_KIND = 44;

export interface ArcRecord {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly episodeIds: readonly string[];
}

interface Candidate {
  readonly episode: EpisodeRecord;
  /** The threads, actors and names of its events, weighed against the corpus. */
  readonly vector: Vector;
  /** How many of its events name each of those. */
  readonly events: ReadonlyMap<string, number>;
}

const day = (iso: string) => Date.parse(iso) / 86_400_000;

export function groupArcs(
  candidates: readonly Candidate[],
  surfaceOf: (key: string) => string | undefined,
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
  const arcs = groups.filter((g) => g.length >= 2).map((g) => toArc(g, surfaceOf));
  const ids = uniqueSlugs(arcs.map((a) => a.id));
  const named = arcs.map((a, i) => ({ ...a, id: ids[i]! }));
  const arcOf = new Map(named.flatMap((a) => a.episodeIds.map((id) => [id, a.id] as const)));
  return { arcs: named, arcOf };
}

function toArc(group: readonly Candidate[], surfaceOf: (key: string) => string | undefined): ArcRecord {
  const episodes = group.map((c) => c.episode);
  const start = episodes.map((e) => e.start).reduce((a, b) => (b < a ? b : a));
  const end = episodes.map((e) => e.end).reduce((a, b) => (b > a ? b : a));
  const years =
    start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(2, 4)}`;
  const subject = [getArcKind(episodes), getSharedName(group, surfaceOf)].filter(Boolean).join(', ');
  return {
    id: toSlug(`${start.slice(0, 7)} ${subject} arc`, 80),
    title: `${subject}, ${years}`,
    start,
    end,
    episodeIds: episodes.map((e) => e.id),
  };
}

/** What an episode's name says it was: "US veto on Beit Hanoun, November 2006" → "US veto". */
export const getEpisodeKind = (title: string) => title.replace(/,[^,]*$/, '').replace(/ on .*$/, '');

/**
 * The kind most episodes share, or the two most common joined ("US veto and General Assembly
 * vote"): an arc of a veto and an Assembly vote is neither alone.
 */
export function getArcKind(episodes: readonly { readonly title: string }[]): string {
  const counts = new Map<string, number>();
  for (const e of episodes)
    counts.set(getEpisodeKind(e.title), (counts.get(getEpisodeKind(e.title)) ?? 0) + 1);
  // Map order is first appearance, and the sort is stable: on a tie the earlier episode's kind leads.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
  if (ranked.length === 1 || counts.get(ranked[0]!)! > episodes.length / 2) return ranked[0]!;
  const [first, second] = ranked as [string, string];
  // "US veto" and "Security Council veto" are both vetoes: the general label says it once.
  if (first.split(' ').at(-1) === second.split(' ').at(-1))
    return [first, second].find((k) => TOPICS.some((t) => t.label === k)) ?? first;
  // "US veto and funding cut": a generic kind is no name and loses its capital mid-title.
  const isGeneric = TOPICS.some(
    (t) => t.label === second && !/^\S+ \p{Lu}/u.test(second) && !/^\p{Lu}{2}/u.test(second),
  );
  const both = `${first} and ${isGeneric ? second.charAt(0).toLowerCase() + second.slice(1) : second}`;
  return both.length <= MAX_ARC_KIND ? both : first;
}

/**
 * The thread or name most of the arc's events use, among those at least two episodes share and
 * (for a name) at least NAME_SHARE of its events use; never someone who acted in it (an arc is
 * named for what its episodes were about).
 */
function getSharedName(
  group: readonly Candidate[],
  surfaceOf: (key: string) => string | undefined,
): string | null {
  const actorWords = new Set(group.flatMap((c) => c.episode.actorIds.flatMap((id) => id.split('-'))));
  const events = new Map<string, number>();
  const episodes = new Map<string, number>();
  for (const candidate of group) {
    for (const [key, n] of candidate.events) {
      if (key.startsWith('a:') || NOT_NAMING_WORDS.has(key.slice(2)) || actorWords.has(key.slice(2)))
        continue;
      events.set(key, (events.get(key) ?? 0) + n);
      episodes.set(key, (episodes.get(key) ?? 0) + 1);
    }
  }
  const total = group.reduce((n, c) => n + c.episode.eventIds.length, 0);
  const best = [...events]
    // A name a few events mention ("Britain" abstaining twice) is no arc's subject; a thread is.
    .filter(([key, n]) => episodes.get(key)! >= 2 && (key.startsWith('t:') || n >= NAME_SHARE * total))
    // A thread ("Operation Cast Lead") before a name, then by events.
    .sort(
      (a, b) =>
        Number(b[0].startsWith('t:')) - Number(a[0].startsWith('t:')) ||
        b[1] - a[1] ||
        (a[0] < b[0] ? -1 : 1),
    )[0];
  return best ? (surfaceOf(best[0]) ?? null) : null;
}
