// Names a build's text files so that no other build's files share a name: each name starts with
// a tag, the first characters of a SHA-256 of every file the build writes ("articles/a.json" →
// "articles/3fa9c1d2e0-a.json"). The new files can then sit beside the live ones until a single
// rename of dataset.json switches builds (write-dataset.ts). A hash rather than a clock or a
// random number: the same input still gives byte-identical output, and an equal name always
// means equal contents.
import { createHash } from 'node:crypto';
import { ARTICLE_TEXT_FOLDER, toDataFiles } from '../../domain/dataset-layout.ts';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';

const TAG_LENGTH = 10;

export function getBuildTag(dataset: FullDataset): string {
  const hash = createHash('sha256');
  for (const [file, contents] of toDataFiles(dataset)) hash.update(`${file}\n${contents}\n`);
  return hash.digest('hex').slice(0, TAG_LENGTH);
}

/** The dataset with every article's textFile carrying the build's tag. */
export function tagTextFiles(dataset: FullDataset): FullDataset {
  const tag = getBuildTag(dataset);
  const prefix = `${ARTICLE_TEXT_FOLDER}/`;
  return {
    ...dataset,
    articles: dataset.articles.map((article) => ({
      ...article,
      textFile: `${prefix}${tag}-${article.textFile.slice(prefix.length)}`,
    })),
  };
}
