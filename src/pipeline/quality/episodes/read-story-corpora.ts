// Reads several input folders to be ingested together, and the gold story labels that go with
// them, as the CLI reads input. A folder is either an input folder (manifest.json and articles)
// or a set folder holding articles/ (the input folder) beside stories.json. Labels are looked for
// in the folder itself, then beside it (a set's articles/ folder has them one level up).
// Harness I/O only: used by the episodes quality test and report, never by a stage.
// eslint-disable-next-line no-restricted-imports -- the quality harness reads its corpora like the CLI does
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInputs } from '../../input/check-inputs.ts';
import type { ArticleInput } from '../../types.ts';
import { parseStories, type Stories } from './stories-schema.ts';

export interface StoryCorpora {
  readonly articles: readonly ArticleInput[];
  /** Each label file found, with its path (pairs are only formed within one file). */
  readonly labels: readonly { readonly file: string; readonly stories: Stories }[];
}

const quality = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Seeds with the development set (one label file covers both), and the five tuning sets. */
export const TUNING_FOLDERS = [
  path.resolve(quality, '../../../seeds'),
  path.join(quality, 'dev'),
  path.join(quality, 'eval/tuning-a'),
  path.join(quality, 'eval/tuning-b'),
  path.join(quality, 'eval/tuning-c'),
  path.join(quality, 'eval/tuning-d'),
  path.join(quality, 'eval/tuning-e'),
] as const;

export function readStoryCorpora(folders: readonly string[]): StoryCorpora {
  const articles: ArticleInput[] = [];
  const labels: { file: string; stories: Stories }[] = [];
  const folderOfFile = new Map<string, string>();
  for (const folder of folders) {
    const input = existsSync(path.join(folder, 'manifest.json')) ? folder : path.join(folder, 'articles');
    if (!existsSync(path.join(input, 'manifest.json')))
      throw new Error(`${folder}: no manifest.json in it or in its articles/ folder`);
    for (const article of readInputFolder(input)) {
      const other = folderOfFile.get(article.file);
      if (other) throw new Error(`${input}: ${article.file} is also in ${other}; file names must differ`);
      folderOfFile.set(article.file, input);
      articles.push(article);
    }
    const labelFile = [folder, path.dirname(input)]
      .map((dir) => path.join(dir, 'stories.json'))
      .find((file) => existsSync(file));
    if (labelFile && !labels.some((l) => l.file === labelFile))
      labels.push({
        file: labelFile,
        stories: parseStories(JSON.parse(readFileSync(labelFile, 'utf8')), labelFile),
      });
  }
  return { articles, labels };
}

function readInputFolder(dir: string): ArticleInput[] {
  const manifest = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const contents = new Map(files.map((f) => [f, readFileSync(path.join(dir, f))]));
  const { articles, problems } = checkInputs({ manifest, files, contents });
  if (problems.length > 0)
    throw new Error(`${dir}: ${problems.map((p) => `${p.file} ${p.message}`).join('; ')}`);
  return articles;
}
