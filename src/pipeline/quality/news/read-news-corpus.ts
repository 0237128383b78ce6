// Reads a news-gold corpus (an input folder like seeds/ and its gold file) exactly as the CLI
// reads input, so the harness scores what `npm run ingest` would build.
// Harness I/O only: used by the quality test and the report script, never by a stage.
// eslint-disable-next-line no-restricted-imports -- the quality harness reads its corpora like the CLI does
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInputs } from '../../input/check-inputs.ts';
import type { ArticleInput } from '../../types.ts';
import { parseNewsGold, type NewsGold } from './news-gold-schema.ts';

export interface NewsCorpus {
  readonly name: string;
  readonly articles: readonly ArticleInput[];
  readonly gold: NewsGold;
}

const quality = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * seeds: the articles the rules were first written on; dev: six short articles used freely while
 * tuning; tuning-a, tuning-b, tuning-c, tuning-d, tuning-e: the project's evaluation articles, written before
 * any rule was tuned for them and tuned on since (each written in its round before any rule change
 * of that round, its first-run figures recorded, then tuned on);
 * holdout, holdout-b, holdout-c, holdout-d, holdout-e, holdout-f, holdout-g, holdout-h, holdout-i, holdout-j,
 * holdout-k: evaluation articles no rule was ever tuned on (only these give generalisation figures;
 * holdout-b was written after holdout's aggregate had informed a few choices; holdout-c to holdout-k
 * were each written before any rule change of their round, and their misses have never been read).
 */
export const NEWS_CORPORA = [
  {
    name: 'seeds',
    dir: path.resolve(quality, '../../../seeds'),
    gold: path.join(quality, 'news/seeds.gold.json'),
  },
  { name: 'dev', dir: path.join(quality, 'dev/articles'), gold: path.join(quality, 'dev/gold.json') },
  // Each set: articles/ (an input folder, as `npm run ingest` reads it), gold.json, stories.json.
  ...[
    'tuning-a',
    'tuning-b',
    'tuning-c',
    'tuning-d',
    'tuning-e',
    'holdout',
    'holdout-b',
    'holdout-c',
    'holdout-d',
    'holdout-e',
    'holdout-f',
    'holdout-g',
    'holdout-h',
    'holdout-i',
    'holdout-j',
    'holdout-k',
  ].map((name) => ({
    name,
    dir: path.join(quality, 'eval', name, 'articles'),
    gold: path.join(quality, 'eval', name, 'gold.json'),
  })),
] as const;

export type NewsCorpusEntry = (typeof NEWS_CORPORA)[number];

export function readNewsCorpus(entry: NewsCorpusEntry): NewsCorpus {
  const manifest = readFileSync(path.join(entry.dir, 'manifest.json'), 'utf8');
  const files = readdirSync(entry.dir).filter((f) => f.endsWith('.txt'));
  const contents = new Map(files.map((f) => [f, readFileSync(path.join(entry.dir, f))]));
  const { articles, problems } = checkInputs({ manifest, files, contents });
  if (problems.length > 0)
    throw new Error(`${entry.dir}: ${problems.map((p) => `${p.file} ${p.message}`).join('; ')}`);
  const gold = parseNewsGold(JSON.parse(readFileSync(entry.gold, 'utf8')), entry.gold);
  return { name: entry.name, articles, gold };
}
