// Writes a dataset's files (src/domain/dataset-layout.ts) into an output folder, all or nothing.
// Every file goes first into a staging folder inside the output folder (the same file system, so
// moving it is a rename). Only once all are written do they replace the earlier ones: articles/ as
// a whole, so no article file of an earlier build lingers, then dataset.json. A run that fails
// before that leaves the earlier output exactly as it was; files the dataset does not own (anything
// else in the folder) are never touched. The one moment the folder mixes two builds is between
// those two renames; the app notices a text that does not match its index and says so.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ARTICLE_TEXT_FOLDER,
  DATASET_FILE,
  TEXT_FILE_PATTERN,
  toDataFiles,
} from '../../domain/dataset-layout.ts';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';

/** Files written at once: enough to keep the disk busy, far below the open-file limit. */
const PARALLEL_WRITES = 64;
/**
 * The only paths ever written (dataset-layout.ts): the index, and text files named by slugs. The
 * schema already refuses other names; this keeps a file name from leaving the folder even so.
 */
const isOwnedPath = (file: string) => file === DATASET_FILE || TEXT_FILE_PATTERN.test(file);

/** Writes the dataset into `outDir`; returns the path of its dataset.json. */
export async function writeDataset(outDir: string, dataset: FullDataset): Promise<string> {
  const files = [...toDataFiles(dataset)];
  const stray = files.find(([file]) => !isOwnedPath(file));
  if (stray) throw new Error(`Refusing to write "${stray[0]}": not a dataset file name.`);
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(outDir, '.staging-'));
  try {
    await mkdir(path.join(staging, ARTICLE_TEXT_FOLDER));
    for (let i = 0; i < files.length; i += PARALLEL_WRITES) {
      await Promise.all(
        files
          .slice(i, i + PARALLEL_WRITES)
          .map(([file, contents]) => writeFile(path.join(staging, file), contents, 'utf8')),
      );
    }
    await swapIn(staging, outDir);
  } finally {
    // Holds the earlier articles/ after a swap, or the unfinished output after a failure.
    await rm(staging, { recursive: true, force: true });
  }
  return path.join(outDir, DATASET_FILE);
}

async function swapIn(staging: string, outDir: string): Promise<void> {
  const live = path.join(outDir, ARTICLE_TEXT_FOLDER);
  const retired = path.join(staging, 'retired');
  const hadArticles = await rename(live, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(path.join(staging, ARTICLE_TEXT_FOLDER), live);
    await rename(path.join(staging, DATASET_FILE), path.join(outDir, DATASET_FILE));
  } catch (error) {
    // Put the earlier articles back beside the earlier dataset.json, which is still in place.
    if (hadArticles) {
      await rm(live, { recursive: true, force: true });
      await rename(retired, live);
    }
    throw error;
  }
}
