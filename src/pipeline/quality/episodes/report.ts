// npx tsx src/pipeline/quality/episodes/report.ts [folder ...]
// Ingests the given folders together (by default the seeds, the development set and the two
// tuning sets), scores the episodes against each folder's stories.json and prints the figures,
// then every failed pair. A folder is an input folder or a set folder holding articles/.
import path from 'node:path';
import { runPipeline } from '../../run-pipeline.ts';
import { readStoryCorpora, TUNING_FOLDERS } from './read-story-corpora.ts';
import { countBareNames, formatRatio, scoreEpisodes } from './score-episodes.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const folders = args.length > 0 ? args.map((a) => path.resolve(a)) : [...TUNING_FOLDERS];
const corpora = readStoryCorpora(folders);
const started = performance.now();
const { dataset } = runPipeline(corpora.articles);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${corpora.articles.length} articles, ${dataset.events.length} events → ${dataset.episodes.length} episodes, ` +
    `${dataset.arcs?.length ?? 0} arcs (${seconds} s)`,
);
let mustLink = { ok: 0, of: 0 };
let nearSeparate = { ok: 0, of: 0 };
const misses: string[] = [];
for (const { file, stories } of corpora.labels) {
  const score = scoreEpisodes(dataset, stories);
  mustLink = { ok: mustLink.ok + score.mustLink.ok, of: mustLink.of + score.mustLink.of };
  nearSeparate = { ok: nearSeparate.ok + score.nearSeparate.ok, of: nearSeparate.of + score.nearSeparate.of };
  console.log(
    `${path.relative(process.cwd(), file)}: must_link ${formatRatio(score.mustLink)}, ` +
      `near_separate ${formatRatio(score.nearSeparate)}`,
  );
  misses.push(...score.misses);
}
const longest = scoreEpisodes(dataset, { articles: {}, mayMerge: [], nearDays: 120 }).longestDays;
console.log(
  `all: must_link ${formatRatio(mustLink)}, near_separate ${formatRatio(nearSeparate)}, ` +
    `episodes ${dataset.episodes.length}, longest episode ${Math.round(longest)} days, ` +
    `names saying only the kind ${countBareNames(dataset.episodes.map((e) => e.title))}`,
);
for (const miss of misses) console.log(`  ${miss}`);
if (process.argv.includes('--list') || args.length === 0)
  for (const ep of dataset.episodes) console.log(`  ${ep.start} … ${ep.end}  ${ep.title}  [${ep.id}]`);
