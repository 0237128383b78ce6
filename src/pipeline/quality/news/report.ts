// npx tsx src/pipeline/quality/news/report.ts [corpus ...] [--show-holdout]
// Runs the pipeline on each news-gold corpus (all by default) and prints the figures, then every
// miss, for all but the holdouts: their findings stay hidden unless asked for, so that nobody tunes a
// rule on them by accident (their figures are the project's generalisation figures).
import { runPipeline } from '../../run-pipeline.ts';
import { formatNewsTable } from './format-news.ts';
import { NEWS_CORPORA, readNewsCorpus } from './read-news-corpus.ts';
import { scoreNews } from './score-news.ts';

const args = process.argv.slice(2);
const showHoldout = args.includes('--show-holdout');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !NEWS_CORPORA.some((c) => c.name === n));
if (unknown.length > 0) {
  console.error(`Unknown corpus ${unknown.join(', ')}; known: ${NEWS_CORPORA.map((c) => c.name).join(', ')}`);
  process.exit(2);
}
const rows = NEWS_CORPORA.filter((c) => names.length === 0 || names.includes(c.name)).map((entry) => {
  const corpus = readNewsCorpus(entry);
  return { name: entry.name, score: scoreNews(runPipeline(corpus.articles).dataset, corpus.gold) };
});
console.log(formatNewsTable(rows));
for (const row of rows) {
  if (row.name.startsWith('holdout') && !showHoldout) continue;
  console.log(`\n## ${row.name}\n${row.score.findings.map((f) => `  ${f}`).join('\n')}`);
}
