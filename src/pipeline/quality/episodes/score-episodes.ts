// Scores a dataset's episodes against gold story labels (stories-schema.ts):
// - mustLink: pairs of articles of one story whose episodes are the same;
// - nearSeparate: pairs of articles of different stories (not allowed to merge) published within
//   nearDays of each other whose episodes differ (an article in no episode is apart from all);
// - longestDays: the longest episode, first to last day (arcs are not episodes).
// An article's episode is the one holding most of its events (ties: the smaller id).
import type { Stories } from './stories-schema.ts';
import { FALLBACK_TOPIC, TOPICS } from '../../episodes/topics.ts';

export interface EpisodeScore {
  readonly mustLink: { readonly ok: number; readonly of: number };
  readonly nearSeparate: { readonly ok: number; readonly of: number };
  readonly episodes: number;
  readonly arcs: number;
  readonly longestDays: number;
  /** One line per failed pair, naming both files and the stories or the shared episode. */
  readonly misses: readonly string[];
}

/** The parts of a dataset the score reads (a built dataset, or episodes grouped in a test). */
export interface ScoredDataset {
  readonly articles: readonly { readonly id: string; readonly file: string; readonly published: string }[];
  readonly events: readonly {
    readonly id: string;
    readonly sources: readonly { readonly articleId: string }[];
  }[];
  readonly episodes: readonly {
    readonly id: string;
    readonly start: string;
    readonly end: string;
    readonly eventIds: readonly string[];
  }[];
  readonly arcs?: readonly unknown[];
}

type Dataset = ScoredDataset;

const DAY = 86_400_000;

export function scoreEpisodes(dataset: Dataset, stories: Stories): EpisodeScore {
  const episodeOfArticle = getEpisodeOfArticle(dataset);
  const published = new Map(dataset.articles.map((a) => [a.file, a.published]));
  const group = new Map<string, number>();
  stories.mayMerge.forEach((labels, i) => labels.forEach((label) => group.set(label, i)));
  const files = Object.keys(stories.articles)
    .filter((f) => published.has(f))
    .sort();
  const mustLink = { ok: 0, of: 0 };
  const nearSeparate = { ok: 0, of: 0 };
  const misses: string[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i]!, files[j]!];
      const [storyA, storyB] = [stories.articles[a]!, stories.articles[b]!];
      const [episodeA, episodeB] = [episodeOfArticle.get(a), episodeOfArticle.get(b)];
      if (storyA === storyB) {
        mustLink.of += 1;
        if (episodeA && episodeA === episodeB) mustLink.ok += 1;
        else
          misses.push(
            `split: ${a} (${episodeA ?? 'no episode'}) / ${b} (${episodeB ?? 'no episode'}), ${storyA}`,
          );
        continue;
      }
      if (group.has(storyA) && group.get(storyA) === group.get(storyB)) continue;
      const days = Math.abs(Date.parse(published.get(a)!) - Date.parse(published.get(b)!)) / DAY;
      if (days > stories.nearDays) continue;
      nearSeparate.of += 1;
      if (!episodeA || episodeA !== episodeB) nearSeparate.ok += 1;
      else misses.push(`merged: ${a} (${storyA}) / ${b} (${storyB}) in ${episodeA}`);
    }
  }
  return {
    mustLink,
    nearSeparate,
    episodes: dataset.episodes.length,
    arcs: dataset.arcs?.length ?? 0,
    longestDays: Math.max(0, ...dataset.episodes.map((e) => (Date.parse(e.end) - Date.parse(e.start)) / DAY)),
    misses,
  };
}

/** File name → the episode holding most of that article's events. */
function getEpisodeOfArticle(dataset: Dataset): Map<string, string> {
  const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]));
  const episodeOf = new Map<string, string>();
  for (const episode of dataset.episodes) for (const id of episode.eventIds) episodeOf.set(id, episode.id);
  const votes = new Map<string, Map<string, number>>();
  for (const event of dataset.events) {
    const episode = episodeOf.get(event.id);
    if (!episode) continue;
    for (const file of new Set(event.sources.map((s) => fileOf.get(s.articleId)!))) {
      const tally = votes.get(file) ?? new Map<string, number>();
      votes.set(file, tally);
      tally.set(episode, (tally.get(episode) ?? 0) + 1);
    }
  }
  const result = new Map<string, string>();
  for (const [file, tally] of votes) {
    const [best] = [...tally].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    result.set(file, best![0]);
  }
  return result;
}

/** "0.90 (9/10)"; an empty count reads "– (0/0)". */
export function formatRatio({ ok, of }: { readonly ok: number; readonly of: number }): string {
  return `${of === 0 ? '–' : (ok / of).toFixed(2)} (${ok}/${of})`;
}

/**
 * Names that say only the kind of happening and the month ("Talks, November 2022", "Diplomatic
 * contacts, June 2024"): a reader learns nothing of which story it was. A count of vagueness, not
 * of truth: a specific name can still be wrong, so the names are also read.
 */
export function countBareNames(titles: readonly string[]): number {
  const kinds = new Set([...TOPICS.map((t) => t.label), FALLBACK_TOPIC]);
  return titles.filter((title) => kinds.has(title.replace(/, [^,]+$/, ''))).length;
}
