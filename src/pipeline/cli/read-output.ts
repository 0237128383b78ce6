// Reads a written data/ folder back as one dataset, and checks it as the app will: the index,
// every text file it names, and every quote against its article's text (fullDatasetSchema).
// Tests use it to prove that an output folder always holds one complete, consistent build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTextFileSchema, type ArticleText } from '../../domain/article-text-schema.ts';
import { DATASET_FILE } from '../../domain/dataset-layout.ts';
import { fullDatasetSchema, type FullDataset } from '../../domain/full-dataset-schema.ts';

export async function readOutputFolder(outDir: string): Promise<FullDataset> {
  const index = JSON.parse(await readFile(path.join(outDir, DATASET_FILE), 'utf8')) as {
    articles: { id: string; textFile: string }[];
  };
  const texts = new Map<string, ArticleText>();
  for (const file of new Set(index.articles.map((a) => a.textFile))) {
    const parsed = articleTextFileSchema.parse(JSON.parse(await readFile(path.join(outDir, file), 'utf8')));
    for (const text of parsed.articles) texts.set(text.id, text);
  }
  return fullDatasetSchema.parse({
    ...index,
    articleTexts: index.articles.map((a) => texts.get(a.id) ?? { id: a.id, missing: true }),
  });
}
