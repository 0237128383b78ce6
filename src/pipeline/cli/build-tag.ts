// Names a build's text files so that no other build's files share a name: each name starts with
// a tag, the first characters of a SHA-256 of every file the build writes ("articles/a.json" →
// "articles/3fa9c1d2e0-a.json"). The new files can then sit beside the live ones until a single
// rename of dataset.json switches builds (write-dataset.ts). A hash rather than a clock or a
// random number: the same input still gives byte-identical output, and an equal name always
// means equal contents.
import { createHash } from 'node:crypto';
import { ARTICLE_TEXT_FOLDER, DATASET_FILE, toDataFiles } from '../../domain/dataset-layout.ts';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';

const TAG_LENGTH = 10;
const PREFIX = `${ARTICLE_TEXT_FOLDER}/`;

export function getBuildTag(dataset: FullDataset): string {
  return hashFiles(toDataFiles(dataset));
}

/** The dataset with every article's textFile carrying the build's tag. */
export function tagTextFiles(dataset: FullDataset): FullDataset {
  return withTag(dataset, getBuildTag(dataset));
}

/**
 * The files of the tagged dataset: toDataFiles(tagTextFiles(dataset)), with everything serialised
 * once. A text file's contents do not name the file, so only its name and the index change with
 * the tag; the index's text file names are tagged in its JSON.
 */
export function toTaggedDataFiles(dataset: FullDataset): Map<string, string> {
  const files = toDataFiles(dataset);
  const tag = hashFiles(files);
  const result = new Map([[DATASET_FILE, tagIndex(files.get(DATASET_FILE)!, tag, dataset)]]);
  for (const [file, contents] of files) {
    if (file !== DATASET_FILE) result.set(`${PREFIX}${tag}-${file.slice(PREFIX.length)}`, contents);
  }
  return result;
}

/**
 * The index's JSON with each article's textFile tagged. JSON.stringify writes a quote inside a
 * string as \", so `"textFile":"articles/` can only be the key of an article's field; should
 * the count of them differ from the articles' even so, the index is serialised afresh.
 */
function tagIndex(index: string, tag: string, dataset: FullDataset): string {
  let count = 0;
  const tagged = index.replaceAll(TEXT_FILE_FIELD, () => {
    count++;
    return `${TEXT_FILE_FIELD}${tag}-`;
  });
  if (count === dataset.articles.length) return tagged;
  return toDataFiles({ ...withTag(dataset, tag), articleTexts: [] }).get(DATASET_FILE)!;
}

const TEXT_FILE_FIELD = `"textFile":"${PREFIX}`;

function hashFiles(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  // The same bytes as hashing `${file}\n${contents}\n`, without joining a copy of each file.
  for (const [file, contents] of files) hash.update(`${file}\n`).update(contents).update('\n');
  return hash.digest('hex').slice(0, TAG_LENGTH);
}

function withTag(dataset: FullDataset, tag: string): FullDataset {
  return {
    ...dataset,
    articles: dataset.articles.map((article) => ({
      ...article,
      textFile: `${PREFIX}${tag}-${article.textFile.slice(PREFIX.length)}`,
    })),
  };
}
