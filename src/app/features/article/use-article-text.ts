import { useQuery } from '@tanstack/react-query';
import type { QuotedArticle } from '../../../domain/article-text-schema.ts';
import { articleTextQueryOptions } from './article-text-query.ts';

/**
 * The article's text for the reader: loading, failed (with a retry) or ready. One query per
 * article, shared by every reader that opens it.
 */
export function useArticleText(article: QuotedArticle) {
  return useQuery(articleTextQueryOptions(article));
}
