// An article's text is server data, like the index: fetched the first time the reader opens that
// article, then kept in React Query's cache for the whole session (an article read once opens again
// offline), and validated here, at the edge, against its schema and against the quotes the index
// holds for it, so the reader never highlights the wrong words.
import { queryOptions } from '@tanstack/react-query';
import type { ArticleText, QuotedArticle } from '../../../domain/article-text-schema.ts';
import { articleTextSchema, getMismatchedSources } from '../../../domain/article-text-schema.ts';
import { getArticleTextPath } from '../../../domain/dataset-layout.ts';

/** Relative, like data/dataset.json: "data/articles/<id>.json", the id URL-encoded. */
export function getArticleTextUrl(articleId: string): string {
  return `data/${getArticleTextPath(articleId)}`;
}

export class ArticleTextError extends Error {
  override readonly name = 'ArticleTextError';
}

const NOT_DOWNLOADED = 'The article’s text could not be downloaded';

/** The article's text file, checked; throws an ArticleTextError that says what went wrong. */
export async function fetchArticleText(
  article: Pick<QuotedArticle, 'id' | 'sources'>,
  fetchImpl: typeof fetch = fetch,
): Promise<ArticleText> {
  let response: Response;
  try {
    response = await fetchImpl(getArticleTextUrl(article.id));
  } catch {
    throw new ArticleTextError(`${NOT_DOWNLOADED}: the network request failed.`);
  }
  if (!response.ok) throw new ArticleTextError(`${NOT_DOWNLOADED} (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw new ArticleTextError(`${NOT_DOWNLOADED}: the file is not valid JSON; it may be truncated.`);
  }
  const parsed = articleTextSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new ArticleTextError(
      `The article’s text file does not match the expected format (first${where}: ${first?.message ?? 'unknown'}).`,
    );
  }
  if (parsed.data.id !== article.id) {
    throw new ArticleTextError(`The article’s text file holds another article (“${parsed.data.id}”).`);
  }
  const mismatched = getMismatchedSources(parsed.data.text, article.sources);
  if (mismatched.length > 0) {
    const { start, end } = mismatched[0]!;
    throw new ArticleTextError(
      `The article’s text does not match the dataset: ${mismatched.length} quoted sentence${
        mismatched.length === 1 ? ' is' : 's are'
      } not in it where the dataset says (first at characters ${start}–${end}). The text and the ` +
        'dataset may come from different builds.',
    );
  }
  return parsed.data;
}

export const articleTextQueryOptions = (article: QuotedArticle) =>
  queryOptions({
    queryKey: ['article-text', getArticleTextUrl(article.id)] as const,
    // The quotes are part of the loaded index, fixed for a given id, so the key need not hold them.
    queryFn: () => fetchArticleText(article),
    staleTime: Infinity,
    // Kept for the session even while no reader shows it: an article read once opens offline.
    gcTime: Infinity,
    // Offline, fail at once with a clear error rather than wait, paused, for the network.
    networkMode: 'always',
    retry: 1,
    retryDelay: 300,
    // Coming back online does not refetch behind the reader's back: the Retry button does.
    refetchOnReconnect: false,
  });
