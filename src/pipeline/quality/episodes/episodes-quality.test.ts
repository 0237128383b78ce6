// Episodes judged against gold story labels: the seeds, the development set and the five tuning
// sets ingested together, as `npm run ingest` would; then the same labels with every story moved
// three weeks from the next, so that only what the stories are about keeps them apart.
// `npx tsx src/pipeline/quality/episodes/report.ts` prints the figures and every failed pair.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../domain/full-dataset-schema.ts';
import { groupEpisodes } from '../../06-episodes.ts';
import { runPipeline } from '../../run-pipeline.ts';
import { crowdStories } from './crowd-stories.ts';
import { readStoryCorpora, TUNING_FOLDERS } from './read-story-corpora.ts';
import { formatRatio, scoreEpisodes, type EpisodeScore } from './score-episodes.ts';

let dataset: FullDataset;
let scores: EpisodeScore[];
let labels: ReturnType<typeof readStoryCorpora>['labels'];

const sum = (key: 'mustLink' | 'nearSeparate') =>
  scores.reduce((total, s) => ({ ok: total.ok + s[key].ok, of: total.of + s[key].of }), { ok: 0, of: 0 });

beforeAll(() => {
  const corpora = readStoryCorpora(TUNING_FOLDERS);
  labels = corpora.labels;
  dataset = runPipeline(corpora.articles).dataset;
  scores = labels.map((l) => scoreEpisodes(dataset, l.stories));
  console.log(`must_link ${formatRatio(sum('mustLink'))}, near_separate ${formatRatio(sum('nearSeparate'))}`);
}, 120_000);

describe('episodes on seeds + dev + tuning-a to -e ingested together', () => {
  it('keeps at least 90% of same-story pairs in one episode', () => {
    const { ok, of } = sum('mustLink');
    expect(of).toBeGreaterThan(0);
    expect(ok / of).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps at least 80% of different-story pairs within four months apart', () => {
    const { ok, of } = sum('nearSeparate');
    expect(of).toBeGreaterThan(0);
    expect(ok / of).toBeGreaterThanOrEqual(0.8);
  });

  it('has no episode longer than a year, and every arc holds at least two episodes', () => {
    expect(scores[0]!.longestDays).toBeLessThanOrEqual(366);
    for (const arc of dataset.arcs ?? []) expect(arc.episodeIds.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the same stories crowded three weeks apart', () => {
  it('still keeps same-story pairs together and different stories apart', () => {
    const crowded = crowdStories(
      dataset.events,
      dataset.articles,
      labels.map((l) => l.stories),
      21,
    );
    const { episodes } = groupEpisodes(crowded.events, crowded.articles);
    const score = scoreEpisodes({ ...crowded, episodes }, crowded.stories);
    console.log(
      `crowded: must_link ${formatRatio(score.mustLink)}, near_separate ${formatRatio(score.nearSeparate)}`,
    );
    expect(score.nearSeparate.of).toBeGreaterThan(100);
    expect(score.mustLink.ok / score.mustLink.of).toBeGreaterThanOrEqual(0.9);
    expect(score.nearSeparate.ok / score.nearSeparate.of).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the seeds alone', () => {
  it('keeps the two outlets on the May 2021 Gaza war in one episode', () => {
    const seeds = readStoryCorpora([TUNING_FOLDERS[0]]).articles;
    const devLabels = labels.find((l) => l.file.endsWith(`dev${path.sep}stories.json`))!.stories;
    const score = scoreEpisodes(runPipeline(seeds).dataset, devLabels);
    expect(score.mustLink).toEqual({ ok: 1, of: 1 });
  });
});
