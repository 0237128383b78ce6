// The files a dataset is written as, inside one data/ folder: the index (dataset.json), which the
// first view loads, and the article texts in files of a few neighbouring articles each
// (articles/<first article's id>.json), one of which is loaded when the reader opens an article.
// The pipeline's CLI writes this layout, the Vite plugin serves and emits it, the app fetches it:
// whatever `npm run ingest -- --out data` writes is what a built site serves.
//
// Why several articles per file: a file per article meant 10,000 files at 50k events, and creating
// them took most of the ingest's write time (0.75 ms a file on the project's machine); a file of
// up to TEXT_FILE_CHARS characters is about 20 KB gzip, a small download to open one article, and
// its neighbours by date, likely read next, come with it.

import { SLUG_PATTERN } from './ids.ts';

export const DATASET_FILE = 'dataset.json';
export const ARTICLE_TEXT_FOLDER = 'articles';
/** "articles/<slug>.json": the only text file names, none of which can leave data/articles/. */
export const TEXT_FILE_PATTERN = new RegExp(
  `^${ARTICLE_TEXT_FOLDER}/${SLUG_PATTERN.source.slice(1, -1)}\\.json$`,
);
/** Characters of text per file at most (an article longer than that gets a file of its own). */
export const TEXT_FILE_CHARS = 64_000;

/**
 * Which file holds each article's text, in the order given (the index's, by date): consecutive
 * articles share a file until it would pass `maxChars`, and a file is named by its first article's
 * id. ["a" 40k chars, "b" 20k, "c" 10k] → a, b → articles/a.json; c → articles/c.json.
 */
export function assignTextFiles(
  texts: readonly { readonly id: string; readonly text: string }[],
  maxChars = TEXT_FILE_CHARS,
): Map<string, string> {
  const files = new Map<string, string>();
  let file = '';
  let chars = Infinity;
  for (const { id, text } of texts) {
    if (chars + text.length > maxChars) {
      file = `${ARTICLE_TEXT_FOLDER}/${id}.json`;
      chars = 0;
    }
    chars += text.length;
    files.set(id, file);
  }
  return files;
}

interface LaidOut {
  readonly articles: readonly { readonly id: string; readonly textFile: string }[];
  readonly articleTexts: readonly { readonly id: string }[];
}

/**
 * The dataset as files: path under data/ → contents, the index first, then each text file with its
 * articles in index order. Stable: the same dataset always gives the same bytes. Takes JSON-shaped
 * input too, so test and bench data can be served exactly as the pipeline would write it.
 */
export function toDataFiles<T extends LaidOut>(full: T): Map<string, string> {
  const { articleTexts, ...index } = full;
  const files = new Map([[DATASET_FILE, `${JSON.stringify(index)}\n`]]);
  const textFileOf = new Map(full.articles.map((article) => [article.id, article.textFile]));
  const grouped = new Map<string, (typeof articleTexts)[number][]>();
  for (const articleText of articleTexts) {
    const file = textFileOf.get(articleText.id);
    if (file === undefined) throw new Error(`The text "${articleText.id}" belongs to no article.`);
    const group = grouped.get(file);
    if (group) group.push(articleText);
    else grouped.set(file, [articleText]);
  }
  for (const [file, texts] of grouped) files.set(file, `${JSON.stringify({ articles: texts })}\n`);
  return files;
}
