import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArticleText, QuotedArticle } from '../../../domain/article-text-schema.ts';
import { articleTextFileQueryOptions, pickArticleText } from './article-text-query.ts';

/**
 * The article's text for the reader: loading, failed (with a retry) or ready. One query per text
 * file, shared by every reader of its articles; a file that does not hold this article, or whose
 * text does not match the article's quotes, is an error of this reader only.
 */
export function useArticleText(article: QuotedArticle) {
  const select = useCallback((texts: readonly ArticleText[]) => pickArticleText(texts, article), [article]);
  return useQuery({ ...articleTextFileQueryOptions(article), select });
}
