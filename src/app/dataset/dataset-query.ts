// The dataset is server data: it lives in React Query's cache, fetched once per session
// (it never changes while the page is open) and validated here, at the edge, so components
// only ever see a parsed, indexed dataset.
import { queryOptions } from '@tanstack/react-query';
import { core } from 'zod/mini';
import { DATASET_FILE } from '../../domain/dataset-layout.ts';
import { parseDataset } from '../../domain/dataset-schema.ts';
import { buildDatasetIndex, type DatasetIndex } from './dataset-index.ts';

/**
 * Under the base path the site was built for ("/", or BASE_PATH at build time), not relative to
 * the page: a deep link to any path a host falls back to index.html for still finds its data. The
 * index only: each article's text is fetched when the reader opens it
 * (src/app/features/article/article-text-query.ts).
 */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/${DATASET_FILE}`;

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

export async function fetchDataset(
  url = DATASET_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<DatasetIndex> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new DatasetError('The dataset could not be downloaded: the network request failed.');
  }
  if (!response.ok) {
    throw new DatasetError(`The dataset could not be downloaded (HTTP ${response.status}).`);
  }
  const text = await response.text();
  if (text.trim() === '') throw new DatasetError('The dataset file is empty.');
  // Static hosts with a single-page fallback answer a missing file with index.html and 200.
  // JSON never starts with "<", so such an answer is a missing file, not a truncated one.
  if (/^\s*</.test(text) || response.headers.get('Content-Type')?.includes('text/html')) {
    throw new DatasetError(
      'The dataset is missing: the server sent a web page instead of data/dataset.json.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError('The dataset file is not valid JSON; it may be truncated.');
  }
  try {
    return buildDatasetIndex(parseDataset(json));
  } catch (error) {
    if (!(error instanceof core.$ZodError)) throw error;
    const first = error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new DatasetError(
      `The dataset file does not match the expected format (${error.issues.length} problem${
        error.issues.length === 1 ? '' : 's'
      }; first${where}: ${first?.message ?? 'unknown'}).`,
    );
  }
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', DATASET_URL] as const,
    queryFn: () => fetchDataset(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
