// The files a dataset is written as, inside one data/ folder: the index (dataset.json), which the
// first view loads, and one file per article text (articles/<id>.json), loaded when the reader
// opens that article. The pipeline's CLI writes this layout, the Vite plugin serves and emits it,
// the app fetches it: whatever `npm run ingest -- --out data` writes is what a built site serves.

export const DATASET_FILE = 'dataset.json';
export const ARTICLE_TEXT_FOLDER = 'articles';

/**
 * Where an article's text lives, relative to data/, encoded for a URL. Valid ids are slugs, which
 * encoding leaves as they are: "2014-12-14-kerry-meets" → "articles/2014-12-14-kerry-meets.json".
 */
export function getArticleTextPath(articleId: string): string {
  return `${ARTICLE_TEXT_FOLDER}/${encodeURIComponent(articleId)}.json`;
}

/**
 * The dataset as files: path under data/ → contents, the index first. Stable: the same dataset
 * always gives the same bytes. Takes JSON-shaped input too, so test and bench data can be served
 * exactly as the pipeline would write it.
 */
export function toDataFiles<T extends { readonly articleTexts: readonly { readonly id: string }[] }>(
  full: T,
): Map<string, string> {
  const { articleTexts, ...index } = full;
  const files = new Map([[DATASET_FILE, `${JSON.stringify(index)}\n`]]);
  for (const articleText of articleTexts) {
    files.set(getArticleTextPath(articleText.id), `${JSON.stringify(articleText)}\n`);
  }
  return files;
}
