// Writes a dataset's files (src/domain/dataset-layout.ts) into an output folder so that the folder
// holds one complete dataset at every moment, whatever happens to the run (an error, kill -9, a
// second ingest into the same folder):
//   1. one writer at a time (output-lock.ts);
//   2. what a killed run left is removed: staging folders, and text files the live index does not
//      name;
//   3. the new text files get names no other build uses (build-tag.ts) and go into articles/ beside
//      the live ones; the live index names none of them, so nothing a reader sees changes;
//   4. ONE rename puts the new dataset.json in place: before it the old index and all its files,
//      after it the new index and all of its;
//   5. the files only the old index named are removed.
// Files the dataset does not own (anything in the folder but dataset.json, articles/ and the
// .staging-* and lock folders) are never touched.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_TEXT_FOLDER, DATASET_FILE, TEXT_FILE_PATTERN } from '../../domain/dataset-layout.ts';
import type { FullDataset } from '../../domain/full-dataset-schema.ts';
import { toTaggedDataFiles } from './build-tag.ts';
import { lockOutput, type LockOptions } from './output-lock.ts';

/** Files written at once: enough to keep the disk busy, far below the open-file limit. */
const PARALLEL_WRITES = 64;
const STAGING_PREFIX = '.staging-';

/** The points between the steps above, in order (tests stop a run at each of them). */
export type WriteStep = 'locked' | 'cleaned' | 'staged' | 'texts-moved' | 'switched' | 'done';

export interface WriteOptions extends Partial<LockOptions> {
  /** Called at each step; a test uses it to kill the run there. */
  readonly onStep?: (step: WriteStep) => Promise<void> | void;
}

/**
 * The only paths ever written (dataset-layout.ts): the index, and text files named by slugs. The
 * schema already refuses other names; this keeps a file name from leaving the folder even so.
 */
const isOwnedPath = (file: string) => file === DATASET_FILE || TEXT_FILE_PATTERN.test(file);

/** Writes the dataset into `outDir`; returns the path of its dataset.json. */
export async function writeDataset(
  outDir: string,
  dataset: FullDataset,
  { waitMs = 30_000, staleMs, onStep = () => undefined }: WriteOptions = {},
): Promise<string> {
  const files = [...toTaggedDataFiles(dataset)];
  const stray = files.find(([file]) => !isOwnedPath(file));
  if (stray) throw new Error(`Refusing to write "${stray[0]}": not a dataset file name.`);
  await mkdir(outDir, { recursive: true });
  const lock = await lockOutput(outDir, { waitMs, staleMs });
  try {
    await onStep('locked');
    await removeLeftovers(outDir, await getLiveTextFiles(outDir));
    await onStep('cleaned');
    const staging = await mkdtemp(path.join(outDir, STAGING_PREFIX));
    await mkdir(path.join(staging, ARTICLE_TEXT_FOLDER));
    for (let i = 0; i < files.length; i += PARALLEL_WRITES) {
      await Promise.all(
        files
          .slice(i, i + PARALLEL_WRITES)
          .map(([file, contents]) => writeFile(path.join(staging, file), contents, 'utf8')),
      );
    }
    await onStep('staged');
    await mkdir(path.join(outDir, ARTICLE_TEXT_FOLDER), { recursive: true });
    const texts = files.filter(([file]) => file !== DATASET_FILE);
    // Each rename is atomic; a name the live index uses is only replaced by the same bytes (the
    // tag is a hash of the whole dataset, so equal names mean an equal build).
    for (const [file] of texts) await rename(path.join(staging, file), path.join(outDir, file));
    await onStep('texts-moved');
    if (lock.isLost()) throw new Error(`Lost the lock on ${outDir} to another ingest; nothing was switched.`);
    await rename(path.join(staging, DATASET_FILE), path.join(outDir, DATASET_FILE));
    await onStep('switched');
    await removeLeftovers(outDir, new Set(texts.map(([file]) => file)));
    await onStep('done');
  } finally {
    // After an error the live dataset is still the old one: drop what this run staged.
    await removeStaging(outDir);
    await lock.release();
  }
  return path.join(outDir, DATASET_FILE);
}

/** Text files the live dataset.json names (as "articles/<name>.json"); null when there is none. */
async function getLiveTextFiles(outDir: string): Promise<Set<string> | null> {
  try {
    const index = JSON.parse(await readFile(path.join(outDir, DATASET_FILE), 'utf8')) as {
      articles?: { textFile?: unknown }[];
    };
    return new Set((index.articles ?? []).map((a) => String(a.textFile)));
  } catch {
    return null; // No index, or one no reader could use: keep every text file until the switch.
  }
}

/** Removes staging folders and every entry of articles/ that `keep` does not name. */
async function removeLeftovers(outDir: string, keep: ReadonlySet<string> | null): Promise<void> {
  await removeStaging(outDir);
  if (!keep) return;
  const names = await readdir(path.join(outDir, ARTICLE_TEXT_FOLDER)).catch(() => []);
  const unused = names.filter((name) => !keep.has(`${ARTICLE_TEXT_FOLDER}/${name}`));
  await Promise.all(
    unused.map((name) => rm(path.join(outDir, ARTICLE_TEXT_FOLDER, name), { recursive: true, force: true })),
  );
}

async function removeStaging(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.startsWith(STAGING_PREFIX))
      .map((name) => rm(path.join(outDir, name), { recursive: true, force: true })),
  );
}
