// Reads a gold corpus (an input folder like seeds/ plus its gold file) exactly as the CLI
// reads input, so the harness scores what `npm run ingest` would build.
// Harness I/O only: used by quality.test.ts and the report.ts dev script, never by a stage.
// eslint-disable-next-line no-restricted-imports -- the quality harness reads its corpora like the CLI does
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInputs } from '../input/check-inputs.ts';
import type { ArticleInput } from '../types.ts';
import { parseGold, type Gold } from './gold-schema.ts';

export interface Corpus {
  readonly name: string;
  readonly articles: readonly ArticleInput[];
  readonly gold: Gold;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The two gold corpora: the seeds the rules were written on, and articles they never saw. */
export const CORPORA = [
  { name: 'seeds', dir: path.resolve(here, '../../../seeds'), gold: path.join(here, 'gold/seeds.gold.json') },
  { name: 'unseen', dir: path.join(here, 'unseen'), gold: path.join(here, 'gold/unseen.gold.json') },
] as const;

export function readCorpus(corpus: (typeof CORPORA)[number]): Corpus {
  const manifest = readFileSync(path.join(corpus.dir, 'manifest.json'), 'utf8');
  const files = readdirSync(corpus.dir);
  const contents = new Map(
    files.filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(path.join(corpus.dir, f))]),
  );
  const { articles, problems } = checkInputs({ manifest, files, contents });
  if (problems.length > 0)
    throw new Error(`${corpus.dir}: ${problems.map((p) => `${p.file} ${p.message}`).join('; ')}`);
  const gold = parseGold(JSON.parse(readFileSync(corpus.gold, 'utf8')));
  return { name: corpus.name, articles, gold };
}
