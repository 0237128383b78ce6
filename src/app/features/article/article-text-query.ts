// An article's text is server data, like the index: fetched the first time the reader opens that
// article, then kept in React Query's cache for the whole session (an article read once opens again
// offline), and validated here, at the edge, against its schema and against the quotes the index
// holds for it, so the reader never highlights the wrong words.
import { queryOptions } from '@tanstack/react-query';
import type { ArticleText, QuotedArticle } from '../../../domain/article-text-schema.ts';
import { articleTextFileSchema, getMismatchedSources } from '../../../domain/article-text-schema.ts';

/** Under the site's base path, like data/dataset.json: "/data/articles/<first article's id>.json". */
export function getArticleTextUrl(article: Pick<QuotedArticle, 'textFile'>): string {
  // The index's schema allows only "articles/<slug>.json"; encoding the name is a second guard.
  const [folder, name] = article.textFile.split('/');
  return `${import.meta.env.BASE_URL}data/${folder}/${encodeURIComponent(name ?? '')}`;
}

export class ArticleTextError extends Error {
  override readonly name = 'ArticleTextError';
}

const NOT_DOWNLOADED = 'The article’s text could not be downloaded';

/** A file of article texts, checked against its schema; throws an ArticleTextError that says what
 *  went wrong. Several articles share a file: it is fetched once for all of them. */
export async function fetchArticleTextFile(
  article: Pick<QuotedArticle, 'textFile'>,
  fetchImpl: typeof fetch = fetch,
): Promise<readonly ArticleText[]> {
  let response: Response;
  try {
    response = await fetchImpl(getArticleTextUrl(article));
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
  const parsed = articleTextFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new ArticleTextError(
      `The article’s text file does not match the expected format (first${where}: ${first?.message ?? 'unknown'}).`,
    );
  }
  return parsed.data.articles;
}

/** This article's text from its file, checked against the quotes the index holds for it. */
export function pickArticleText(
  texts: readonly ArticleText[],
  article: Pick<QuotedArticle, 'id' | 'sources'>,
): ArticleText {
  const found = texts.find((text) => text.id === article.id);
  if (found === undefined) throw new ArticleTextError('The article’s text file does not hold this article.');
  const mismatched = getMismatchedSources(found.text, article.sources);
  if (mismatched.length > 0) {
    const { start, end } = mismatched[0]!;
    throw new ArticleTextError(
      `The article’s text does not match the dataset: ${mismatched.length} quoted sentence${
        mismatched.length === 1 ? ' is' : 's are'
      } not in it where the dataset says (first at characters ${start}–${end}). The text and the ` +
        'dataset may come from different builds.',
    );
  }
  return found;
}

/** One file's texts; readers of its articles pick theirs with pickArticleText (use-article-text). */
export const articleTextFileQueryOptions = (article: Pick<QuotedArticle, 'textFile'>) =>
  queryOptions({
    queryKey: ['article-text-file', getArticleTextUrl(article)] as const,
    queryFn: () => fetchArticleTextFile(article),
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
