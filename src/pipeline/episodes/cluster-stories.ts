// One pass through the events in time order, keeping the stories still open: an event joins the
// open story whose features it is most like, if like enough; otherwise it opens a story of its
// own. A story closes once nothing joins it for `gapDays`, and takes nothing that would make it
// longer than `maxSpanDays`, so steady coverage of one subject still falls into bursts instead of
// one band. Only stories sharing a feature with the event are scored (an inverted index over the
// open stories), so the pass is linear in events times the stories open at once.
import type { StoryVector } from './story-vectors.ts';

export interface StoryItem {
  /** Day number (days since 1970-01-01) the event is placed at. */
  readonly day: number;
  readonly vector: StoryVector;
}

export interface ClusterOptions {
  readonly gapDays: number;
  readonly maxSpanDays: number;
  /** Cosine similarity between an event and a story's summed features needed to join it. */
  readonly minSimilarity: number;
  /** Two stories this close in time are compared as wholes… */
  readonly overlapDays: number;
  /** …and merged when their summed features are this alike. */
  readonly minStorySimilarity: number;
  /** Similarity of two stories that share days is multiplied by this (a burst in time). */
  readonly overlapBoost: number;
}

interface Story {
  readonly members: number[];
  readonly first: number;
  last: number;
  /** Feature id → summed weight of its events. */
  readonly sum: Map<number, Entry>;
  norm2: number;
  /** Scratch: the dot product with the event being placed. */
  score: number;
}

/** One story's summed weight of one feature, held by both the story and the feature's posting. */
interface Entry {
  readonly story: Story;
  weight: number;
}

/** Indices of `items` (sorted by day) grouped into stories, in order of each story's first event. */
export function clusterStories(items: readonly StoryItem[], options: ClusterOptions): number[][] {
  const stories: Story[] = [];
  let open: Story[] = [];
  // Feature id → the open stories using it, in order of first use (as a set keeps them).
  const postings: Entry[][] = [];
  items.forEach((item, index) => {
    if (open.some((s) => s.last < item.day - options.gapDays)) {
      const closing = open.filter((s) => s.last < item.day - options.gapDays);
      open = open.filter((s) => s.last >= item.day - options.gapDays);
      for (const story of closing)
        for (const [id, entry] of story.sum) postings[id]!.splice(postings[id]!.indexOf(entry), 1);
    }
    const best = findMostSimilar(item, postings, options);
    const story: Story = best ?? {
      members: [],
      first: item.day,
      last: item.day,
      sum: new Map(),
      norm2: 0,
      score: 0,
    };
    if (!best) {
      stories.push(story);
      open.push(story);
    }
    story.members.push(index);
    story.last = Math.max(story.last, item.day);
    const { ids, weights } = item.vector;
    for (let j = 0; j < ids.length; j++) {
      const added = addTo(story, ids[j]!, weights[j]!);
      if (added) (postings[ids[j]!] ??= []).push(added);
    }
  });
  return mergeConcurrent(stories, options).map((s) => s.members);
}

/** Adds `w` to the story's feature `id`, keeping its squared norm; the entry if it is new. */
function addTo(story: Story, id: number, w: number): Entry | null {
  let entry = story.sum.get(id);
  const added = entry ? null : (entry = { story, weight: 0 });
  if (added) story.sum.set(id, added);
  const old = entry!.weight;
  entry!.weight = old + w;
  story.norm2 += (old + w) ** 2 - old ** 2;
  return added;
}

function findMostSimilar(
  item: StoryItem,
  postings: readonly (readonly Entry[] | undefined)[],
  options: ClusterOptions,
): Story | null {
  // Dot products are summed on the stories themselves: no map per event (this runs per event).
  const touched: Story[] = [];
  const { ids, weights } = item.vector;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    const w = weights[j]!;
    for (const { story, weight } of postings[id] ?? []) {
      if (story.score === 0) touched.push(story);
      story.score += w * weight;
    }
  }
  let best: Story | null = null;
  let bestScore = options.minSimilarity;
  for (const story of touched) {
    const similarity = story.score / Math.sqrt(story.norm2);
    story.score = 0;
    if (item.day - story.first > options.maxSpanDays) continue;
    if (similarity >= bestScore) [best, bestScore] = [story, similarity];
  }
  return best;
}

/**
 * Second look, story against story: two stories running at the same time (within
 * `options.overlapDays`) whose summed features are alike are one story told twice, as two
 * outlets covering the same veto are. Compares each story with the open ones only.
 */
function mergeConcurrent(stories: readonly Story[], options: ClusterOptions): Story[] {
  const result: Story[] = [];
  let open: Story[] = [];
  for (const story of stories) {
    open = open.filter((s) => s.last >= story.first - options.overlapDays);
    let best: Story | null = null;
    let bestScore = options.minStorySimilarity;
    for (const other of open) {
      if (Math.max(story.last, other.last) - Math.min(story.first, other.first) > options.maxSpanDays)
        continue;
      // Stories running on the same days are one burst unless their subjects differ clearly.
      const boost = other.last >= story.first ? options.overlapBoost : 1;
      const score = (boost * dotSums(story.sum, other.sum)) / Math.sqrt(story.norm2 * other.norm2);
      if (score >= bestScore) [best, bestScore] = [other, score];
    }
    if (!best) {
      result.push(story);
      open.push(story);
      continue;
    }
    best.members.push(...story.members);
    best.last = Math.max(best.last, story.last);
    for (const [id, { weight }] of story.sum) addTo(best, id, weight);
  }
  return result;
}

function dotSums(a: ReadonlyMap<number, Entry>, b: ReadonlyMap<number, Entry>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [id, { weight }] of small) sum += weight * (large.get(id)?.weight ?? 0);
  return sum;
}
