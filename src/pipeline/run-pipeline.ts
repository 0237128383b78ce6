// The pipeline composed in one place: clean → sentences → dates → actors → events per
// article, then merge → episodes across articles. Pure: articles in, dataset out.
import type { FullDataset } from '../domain/full-dataset-schema.ts';
import { buildDataset } from './build-dataset.ts';
import { getCuratedActor } from './gazetteer/index.ts';
import type { EpisodeCuration } from './input/manifest-schema.ts';
import { processArticle, toFindings, type ArticleCounts, type ArticleFindings } from './process-article.ts';
import type { ArticleInput } from './types.ts';

/** What each stage found, summed over all articles, and what the merge made of it (printed by
 *  --verbose). */
export interface StageCounts extends ArticleCounts {
  readonly articles: number;
  readonly events: number;
  readonly actors: number;
  readonly episodes: number;
}

export interface PipelineResult {
  /** The index and the article texts; written as separate files (src/domain/dataset-layout.ts). */
  readonly dataset: FullDataset;
  readonly warnings: readonly string[];
  readonly counts: StageCounts;
}

export function runPipeline(articles: readonly ArticleInput[], curation?: EpisodeCuration): PipelineResult {
  return combineArticles(
    articles.map((article) => toFindings(processArticle(article))),
    curation,
  );
}

/** The merge half alone, for callers that processed articles elsewhere (worker threads). */
export function combineArticles(
  processed: readonly ArticleFindings[],
  curation?: EpisodeCuration,
): PipelineResult {
  const { dataset, warnings } = buildDataset(processed, getCuratedActor, curation);
  const sum = (key: keyof ArticleCounts) => processed.reduce((n, a) => n + a.counts[key], 0);
  return {
    dataset,
    warnings,
    counts: {
      articles: processed.length,
      paragraphs: sum('paragraphs'),
      removedSpans: sum('removedSpans'),
      sentences: sum('sentences'),
      dateMentions: sum('dateMentions'),
      actorMentions: sum('actorMentions'),
      placeMentions: sum('placeMentions'),
      discoveredActors: sum('discoveredActors'),
      articleEvents: sum('articleEvents'),
      events: dataset.events.length,
      actors: dataset.actors.length,
      episodes: dataset.episodes.length,
    },
  };
}
