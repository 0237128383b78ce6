// Writes dataset.json atomically: to a temporary file in the same folder, then a rename.
// A failed or interrupted run therefore never leaves a half-written dataset behind, and an
// earlier dataset.json stays as it was.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../domain/dataset-schema.ts';

export const DATASET_FILE = 'dataset.json';

/** Stable serialisation: the same dataset always gives the same bytes. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}

export async function writeDataset(outDir: string, dataset: Dataset): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const target = path.join(outDir, DATASET_FILE);
  const temporary = path.join(outDir, `.${DATASET_FILE}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, serializeDataset(dataset), 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
