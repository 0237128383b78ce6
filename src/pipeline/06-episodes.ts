// Stage 6: groups events into episodes by story, and episodes into arcs.
// Each event is a point in time with a story vector (episodes/story-items.ts: its sentences'
// distinctive words, the threads they name, its actors, and the story of the article reporting
// it); one pass in time order puts it into the open story it is most like
// (episodes/cluster-stories.ts). A story of one event is no episode (its event keeps episodeId
// null), nor is an event known only to the year, which says nothing about a burst.
// Episodes of one longer story (a series of resolutions during one war) then form arcs.
import { getSpanEnd, getSpanStart } from '../domain/partial-date.ts';
import type { MergedEvent } from './events/merge-events.ts';
import { clusterStories, type ClusterOptions } from './episodes/cluster-stories.ts';
import { groupArcs, type ArcRecord } from './episodes/group-arcs.ts';
import { getHeadlineOwners, getOwnedArticles } from './episodes/headline-owners.ts';
import { nameEpisode } from './episodes/name-episode.ts';
import {
  FEATURES_PER_VECTOR,
  getEventStories,
  type ArticleContext,
  type EventStory,
} from './episodes/story-items.ts';
import type { Vocabulary } from './episodes/feature-table.ts';
import { keepHeaviest, normalize, type Vector } from './episodes/keyed-vectors.ts';
import { toSlug, uniqueSlugs } from './slug.ts';

/** How stories are told apart; the defaults are what the evaluation sets were scored with. */
export const EPISODE_OPTIONS: ClusterOptions = {
  /** A story that nothing joins for this many days is over. */
  gapDays: 14,
  /** No episode spans more than this; a longer story is several episodes in one arc. */
  maxSpanDays: 92,
  /** Cosine similarity an event needs with a story to join it. */
  minSimilarity: 0.2,
  /** Stories this close in time whose summed features are this alike are one story told twice. */
  overlapDays: 3,
  minStorySimilarity: 0.11,
  overlapBoost: 2,
};

export interface EpisodeRecord {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly eventIds: readonly string[];
  readonly actorIds: readonly string[];
  readonly arcId?: string | null;
}

export type { ArcRecord, ArticleContext };

export interface Episodes {
  readonly episodes: EpisodeRecord[];
  readonly arcs: ArcRecord[];
}

/** @param known story features of source sentences and headlines read already, packed, by text. */
export function groupEpisodes(
  events: readonly MergedEvent[],
  articles: readonly ArticleContext[] = [],
  options: ClusterOptions = EPISODE_OPTIONS,
  known?: ReadonlyMap<string, string>,
): Episodes {
  const dated = events.filter((e) => e.precision !== 'year');
  const { stories, vocabulary } = getEventStories(dated, articles, known);
  const order = dated
    .map((_, i) => i)
    .sort((a, b) => stories[a]!.day - stories[b]!.day || compare(dated[a]!.id, dated[b]!.id));
  const clusters = clusterStories(
    order.map((i) => stories[i]!),
    options,
  )
    .filter((members) => members.length >= 2)
    .map((members) => members.map((m) => order[m]!));
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const clusterEvents = clusters.map((members) => members.map((i) => dated[i]!));
  const owners = getHeadlineOwners(clusterEvents, articlesById);
  const drafts = clusters.map((members, index) => {
    const cluster = clusterEvents[index]!;
    const names = getNames(
      members.map((i) => stories[i]!),
      vocabulary,
    );
    return {
      episode: toEpisode(
        cluster,
        members.map((i) => stories[i]!),
        vocabulary,
        getOwnedArticles(index, owners, articlesById, cluster),
      ),
      names,
    };
  });
  const ids = uniqueSlugs(drafts.map((d) => d.episode.id));
  const episodes = drafts.map((d, i) => ({ ...d.episode, id: ids[i]! }));
  let surfaces: (string | undefined)[] | null = null;
  const surfaceOf = (key: string) => {
    // Built on first use only: most corpora name few arcs, and this walks every event's features.
    surfaces ??= getFirstSurfaces(stories, vocabulary.table.keys.length);
    const id = vocabulary.table.ids.get(key);
    return id === undefined ? undefined : surfaces[id];
  };
  const { arcs, arcOf } = groupArcs(
    episodes.map((e, i) => ({ episode: e, ...drafts[i]!.names })),
    surfaceOf,
  );
  return { episodes: episodes.map((e) => ({ ...e, arcId: arcOf.get(e.id) ?? null })), arcs };
}

/**
 * What links episodes into an arc is who and what they name, not how each was told: the threads,
 * actors and names (capitalised words: "Gaza", "Hamas", "Rafah") of their events' own sentences.
 */
function getNames(stories: readonly EventStory[], { table, idf }: Vocabulary) {
  const vector: Vector = new Map();
  /** How many events name each, for naming the arc after what most of its events are about. */
  const events = new Map<string, number>();
  for (const { features } of stories) {
    features.ids.forEach((id, j) => {
      const key = table.keys[id]!;
      const surface = features.surfaces[j]!;
      if (key.startsWith('w:') && surface === surface.toLowerCase()) return;
      vector.set(key, (vector.get(key) ?? 0) + features.counts[j]! * idf[id]!);
      events.set(key, (events.get(key) ?? 0) + 1);
    });
  }
  return { vector: keepHeaviest(normalize(vector), 2 * FEATURES_PER_VECTOR), events };
}

/** Each feature as the first event using it wrote it, by feature id. */
function getFirstSurfaces(stories: readonly EventStory[], size: number): (string | undefined)[] {
  const surfaces = new Array<string | undefined>(size).fill(undefined);
  for (const { features } of stories)
    features.ids.forEach((id, j) => (surfaces[id] ??= features.surfaces[j]));
  return surfaces;
}

/** An episode of `cluster`, named from its story; used again when curation splits one. */
export function toEpisode(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  vocabulary: Vocabulary,
  articles: ReadonlyMap<string, ArticleContext> = new Map(),
): EpisodeRecord {
  // Each event's span is read once, not in every comparison of the sort.
  const spans = cluster.map((event) => ({ event, start: spanStart(event), end: spanEnd(event) }));
  spans.sort((a, b) => compare(a.start, b.start) || compare(a.event.id, b.event.id));
  const sorted = spans.map((s) => s.event);
  const { title, month } = nameEpisode(sorted, stories, vocabulary, articles);
  return {
    id: toSlug(`${month} ${title.replace(/,[^,]*$/, '')}`, 80),
    title,
    start: spans.map((s) => s.start).reduce((a, b) => (b < a ? b : a)),
    end: spans.map((s) => s.end).reduce((a, b) => (b > a ? b : a)),
    eventIds: sorted.map((e) => e.id),
    actorIds: rankActors(sorted),
  };
}

/** Actors by how many of the episode's events involve them, most first. */
function rankActors(cluster: readonly MergedEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of cluster) for (const id of event.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([id]) => id);
}

const spanStart = (e: MergedEvent) => getSpanStart(e.date);
const spanEnd = (e: MergedEvent) => e.endDate ?? getSpanEnd(e.date);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
