// npx tsx src/pipeline/quality/report.ts
// Runs the pipeline on the gold corpora and prints the quality table, then every miss, false
// positive, unlinked actor and boilerplate person with its sentence: a worklist for the rules.
import { runPipeline } from '../run-pipeline.ts';
import { formatFindings, formatTable } from './format-report.ts';
import { CORPORA, readCorpus } from './read-corpus.ts';
import { scoreDataset } from './score.ts';

const rows = CORPORA.map(readCorpus).map((corpus) => ({
  name: corpus.name,
  score: scoreDataset(runPipeline(corpus.articles).dataset, corpus.gold),
}));
console.log(formatTable(rows));
for (const row of rows) console.log(`\n${formatFindings(row.name, row.score)}`);
