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
  /** The summed features of its events: ids and weights in order of first use… */
  readonly ids: number[];
  readonly weights: number[];
  /** …and where each id sits in them. Numbers in arrays, not one object per feature: at 50,000
   *  events these sums are most of what outlives an event, and the collector copies it. */
  readonly slots: Map<number, number>;
  norm2: number;
  /** Scratch: the dot product with the event being placed. */
  score: number;
}

/** Feature id → the open stories using it (in order of first use, as a set keeps them) and
 *  where the feature sits in each story's sums. */
interface Postings {
  readonly stories: Story[][];
  readonly slots: number[][];
}

/** Indices of `items` (sorted by day) grouped into stories, in order of each story's first event. */
export function clusterStories(items: readonly StoryItem[], options: ClusterOptions): number[][] {
  const stories: Story[] = [];
  let open: Story[] = [];
  const postings: Postings = { stories: [], slots: [] };
  items.forEach((item, index) => {
    if (open.some((s) => s.last < item.day - options.gapDays)) {
      const closing = open.filter((s) => s.last < item.day - options.gapDays);
      open = open.filter((s) => s.last >= item.day - options.gapDays);
      for (const story of closing)
        for (const id of story.ids) {
          const at = postings.stories[id]!.indexOf(story);
          postings.stories[id]!.splice(at, 1);
          postings.slots[id]!.splice(at, 1);
        }
    }
    const best = findMostSimilar(item, postings, options);
    const story: Story = best ?? {
      members: [],
      first: item.day,
      last: item.day,
      ids: [],
      weights: [],
      slots: new Map(),
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
      const id = ids[j]!;
      const slot = addTo(story, id, weights[j]!);
      if (slot < 0) continue;
      (postings.stories[id] ??= []).push(story);
      (postings.slots[id] ??= []).push(slot);
    }
  });
  return mergeConcurrent(stories, options).map((s) => s.members);
}

/** Adds `w` to the story's feature `id`, keeping its squared norm; its new slot, or -1 if it had it. */
function addTo(story: Story, id: number, w: number): number {
  let slot = story.slots.get(id);
  const isNew = slot === undefined;
  if (slot === undefined) {
    slot = story.ids.length;
    story.slots.set(id, slot);
    story.ids.push(id);
    story.weights.push(0);
  }
  const old = story.weights[slot]!;
  story.weights[slot] = old + w;
  story.norm2 += (old + w) ** 2 - old ** 2;
  return isNew ? slot : -1;
}

function findMostSimilar(item: StoryItem, postings: Postings, options: ClusterOptions): Story | null {
  // Dot products are summed on the stories themselves: no map per event (this runs per event).
  const touched: Story[] = [];
  const { ids, weights } = item.vector;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    const w = weights[j]!;
    const stories = postings.stories[id] ?? [];
    const slots = postings.slots[id]!;
    for (let k = 0; k < stories.length; k++) {
      const story = stories[k]!;
      if (story.score === 0) touched.push(story);
      story.score += w * story.weights[slots[k]!]!;
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
      const score = (boost * dotSums(story, other)) / Math.sqrt(story.norm2 * other.norm2);
      if (score >= bestScore) [best, bestScore] = [other, score];
    }
    if (!best) {
      result.push(story);
      open.push(story);
      continue;
    }
    best.members.push(...story.members);
    best.last = Math.max(best.last, story.last);
    story.ids.forEach((id, slot) => addTo(best, id, story.weights[slot]!));
  }
  return result;
}

function dotSums(a: Story, b: Story): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let sum = 0;
  small.ids.forEach((id, slot) => {
    const other = large.slots.get(id);
    sum += small.weights[slot]! * (other === undefined ? 0 : large.weights[other]!);
  });
  return sum;
}
