// The cross-article half of the pipeline: merges what processArticle found in each article
// (its ArticleFindings) into one dataset, groups episodes, and validates the result, index and article texts
// together, against the shared schema. Deterministic: articles are ordered by date and file,
// so the same input gives byte-identical output.
import { compile } from 'zod/mini';
import { assignTextFiles } from '../domain/dataset-layout.ts';
import { fullDatasetSchema, type FullDataset } from '../domain/full-dataset-schema.ts';
import { groupEpisodes, type ArcRecord, type EpisodeRecord } from './06-episodes.ts';
import { applyEpisodeCuration } from './episodes/apply-curation.ts';
import { getStoryTexts } from './episodes/packed-features.ts';
import { mergeEvents } from './events/merge-events.ts';
import type { EpisodeCuration } from './input/manifest-schema.ts';
import type { ArticleFindings } from './process-article.ts';
import { uniqueSlugs } from './slug.ts';
import type { ActorRecord } from './types.ts';

export const GENERATOR = 'diplomacy-timeline ingest (src/pipeline); generated, do not edit';

/**
 * The schema check of the whole build, the largest thing zod parses here, with zod's compiled
 * parser: generated once per process (about 10 ms), it falls back to the interpreted parser for any
 * input it rejects, so the problems reported are the same. Cold, on the 2,000 articles of the
 * benchmark, it took 0.3–0.47 s against 0.5–0.79 s.
 */
let fullDatasetCheck: typeof fullDatasetSchema | undefined;

export interface BuildResult {
  /** The index and every article's text, checked against each other (the CLI writes them apart). */
  readonly dataset: FullDataset;
  readonly warnings: readonly string[];
}

export function buildDataset(
  processed: readonly ArticleFindings[],
  lookupActor: (id: string) => ActorRecord | undefined,
  curation?: EpisodeCuration,
): BuildResult {
  const warnings: string[] = [];
  const sorted = [...processed].sort(
    (a, b) => a.input.published.localeCompare(b.input.published) || a.input.file.localeCompare(b.input.file),
  );
  const articleIds = uniqueSlugs(sorted.map((a) => a.baseId));
  const actors = collectActors(sorted, lookupActor);
  const events = mergeEvents(
    sorted.map((a, i) => ({ articleId: articleIds[i]!, events: a.events })),
    actors,
  );
  const storyTexts = new Map<string, string>();
  for (const a of sorted) {
    getStoryTexts(a.title, a.events).forEach((text, i) => {
      if (!storyTexts.has(text)) storyTexts.set(text, a.storyFeatures[i]!);
    });
  }
  const grouped = groupEpisodes(
    events,
    sorted.map((a, i) => ({ id: articleIds[i]!, published: a.input.published, title: a.title })),
    undefined,
    storyTexts,
  );
  const curated = applyEpisodeCuration(
    grouped.episodes,
    curation ?? {},
    new Map(events.map((e) => [e.id, e])),
  );
  warnings.push(...curated.warnings);
  const { arcs, episodes } = keepArcs(grouped.arcs, curated.episodes);
  const episodeOf = new Map(episodes.flatMap((ep) => ep.eventIds.map((id) => [id, ep.id] as const)));
  const articleTexts = sorted.map((a, i) => ({
    id: articleIds[i]!,
    text: a.input.text,
    paragraphs: a.paragraphs,
  }));
  const textFiles = assignTextFiles(articleTexts);
  const articles = sorted.map((a, i) => {
    const articleWarnings = a.events.length === 0 ? ['no datable event found'] : [];
    warnings.push(...articleWarnings.map((w) => `${a.input.file}: ${w}`));
    return {
      id: articleIds[i]!,
      file: a.input.file,
      title: a.title,
      published: a.input.published,
      outlet: a.input.outlet,
      url: a.input.url,
      actorIds: a.actorIds,
      warnings: articleWarnings,
      textFile: textFiles.get(articleIds[i]!)!,
    };
  });
  const referenced = new Set(articles.flatMap((a) => a.actorIds));
  const dataset = (fullDatasetCheck ??= compile(fullDatasetSchema)).parse({
    schemaVersion: 2,
    generator: GENERATOR,
    articles,
    actors: [...actors.values()]
      .filter((a) => referenced.has(a.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((a) => ({ ...a, aliases: [...a.aliases], offices: [...a.offices] })),
    events: events.map((e) => ({ ...e, episodeId: episodeOf.get(e.id) ?? null })),
    episodes,
    arcs,
    articleTexts,
  });
  return { dataset, warnings };
}

/**
 * Arcs after curation: each holds the episodes that still name it (a split part stays in its
 * episode's arc, a merge keeps the first episode's); an arc left with fewer than two is dropped,
 * and its episode's arcId with it.
 */
function keepArcs(arcs: readonly ArcRecord[], episodes: readonly EpisodeRecord[]) {
  const members = new Map<string, EpisodeRecord[]>();
  for (const e of episodes) if (e.arcId) members.set(e.arcId, [...(members.get(e.arcId) ?? []), e]);
  const kept = arcs.flatMap((arc) => {
    const held = members.get(arc.id) ?? [];
    if (held.length < 2) return [];
    const start = held.map((e) => e.start).reduce((a, b) => (b < a ? b : a));
    const end = held.map((e) => e.end).reduce((a, b) => (b > a ? b : a));
    return [{ ...arc, start, end, episodeIds: held.map((e) => e.id) }];
  });
  const ids = new Set(kept.map((a) => a.id));
  return {
    arcs: kept,
    episodes: episodes.map((e) => (e.arcId && !ids.has(e.arcId) ? { ...e, arcId: null } : e)),
  };
}

/** Curated actors by id, plus those discovered in text (the first discovery of an id wins). */
function collectActors(
  processed: readonly ArticleFindings[],
  lookupActor: (id: string) => ActorRecord | undefined,
): Map<string, ActorRecord> {
  const actors = new Map<string, ActorRecord>();
  for (const article of processed) {
    for (const found of article.discovered) if (!actors.has(found.id)) actors.set(found.id, found);
    for (const actorId of article.actorIds) {
      if (actors.has(actorId)) continue;
      const record = lookupActor(actorId);
      if (record) actors.set(record.id, record);
    }
  }
  return actors;
}
