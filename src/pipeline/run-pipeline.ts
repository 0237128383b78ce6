// The pipeline composed in one place: clean → sentences → dates → actors → events per
// article, then merge → episodes across articles. Pure: articles in, dataset out.
import type { FullDataset } from '../domain/full-dataset-schema.ts';
import { buildDataset } from './build-dataset.ts';
import { getCuratedActor } from './gazetteer/index.ts';
import type { EpisodeCuration } from './input/manifest-schema.ts';
import { processArticle, type ProcessedArticle } from './process-article.ts';
import type { ArticleInput } from './types.ts';

/** What each stage found, summed over all articles (printed by --verbose). */
export interface StageCounts {
  readonly articles: number;
  readonly paragraphs: number;
  readonly removedSpans: number;
  readonly sentences: number;
  readonly dateMentions: number;
  readonly actorMentions: number;
  readonly placeMentions: number;
  readonly discoveredActors: number;
  readonly articleEvents: number;
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
  return combineArticles(articles.map(processArticle), curation);
}

/** The merge half alone, for callers that processed articles elsewhere (worker threads). */
export function combineArticles(
  processed: readonly ProcessedArticle[],
  curation?: EpisodeCuration,
): PipelineResult {
  const { dataset, warnings } = buildDataset(processed, getCuratedActor, curation);
  const sum = (f: (a: ProcessedArticle) => number) => processed.reduce((n, a) => n + f(a), 0);
  return {
    dataset,
    warnings,
    counts: {
      articles: processed.length,
      paragraphs: sum((a) => a.clean.paragraphs.length),
      removedSpans: sum((a) => a.clean.removed.length),
      sentences: sum((a) => a.sentences.length),
      dateMentions: sum((a) => a.dates.length),
      actorMentions: sum((a) => a.actors.mentions.length),
      placeMentions: sum((a) => a.actors.places.length),
      discoveredActors: sum((a) => a.actors.discovered.length),
      articleEvents: sum((a) => a.events.length),
      events: dataset.events.length,
      actors: dataset.actors.length,
      episodes: dataset.episodes.length,
    },
  };
}
