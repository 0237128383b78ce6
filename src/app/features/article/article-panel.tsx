// The article reader: title, outlet, date and a safe link to the original at once (from the index),
// then the cleaned text, loaded on demand, with the source sentence of an event highlighted and
// scrolled into view.
import './article-panel.css';
import { useEffect, useRef } from 'react';
import type { QuotedArticle } from '../../../domain/article-text-schema.ts';
import { formatIsoDay } from '../../../domain/format-date.ts';
import { getSafeUrl } from '../../../domain/safe-url.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleTextFailure, ArticleTextLoading } from './article-text-status.tsx';
import type { TextSpan } from './split-paragraph-for-highlight.ts';
import { useArticleText } from './use-article-text.ts';
import { PanelFrame } from '../../ui/index.ts';

export interface ArticlePanelProps {
  /** The article's metadata from the index, with the sources quoting it; its text loads here. */
  readonly article: QuotedArticle;
  /** Character span in the article's text to mark, usually one source sentence; null for none. */
  readonly highlight: TextSpan | null;
  readonly onClose: () => void;
  /** Move focus to the heading when the panel mounts. Default true. */
  readonly autoFocus?: boolean;
}

/** jsdom (and very old browsers) have no scrollIntoView; the text is still there without it. */
function scrollToCenter(element: HTMLElement | null) {
  if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
}

export function ArticlePanel({ article, highlight, onClose, autoFocus = true }: ArticlePanelProps) {
  const markRef = useRef<HTMLElement>(null);
  const query = useArticleText(article);
  const articleText = query.data ?? null;
  const url = getSafeUrl(article.url);
  const highlightStart = highlight?.start ?? null;
  const highlightEnd = highlight?.end ?? null;

  // Runs after the heading took focus (effects run in order, a parent's after its children's), so
  // the sentence ends up in view; again when the text arrives.
  useEffect(() => {
    scrollToCenter(markRef.current);
  }, [article.id, articleText, highlightStart, highlightEnd]);

  function goToHighlight() {
    scrollToCenter(markRef.current);
    markRef.current?.focus({ preventScroll: true });
  }

  return (
    <PanelFrame
      className="article-panel"
      label="Article"
      title={article.title}
      closeLabel="Close article"
      onClose={onClose}
      autoFocus={autoFocus}
    >
      <p className="article-panel__meta">
        {article.outlet === null ? (
          <span className="article-panel__outlet article-panel__outlet--none">No outlet named</span>
        ) : (
          <bdi className="article-panel__outlet">{article.outlet}</bdi>
        )}
        {' · '}
        <time dateTime={article.published}>{formatIsoDay(article.published)}</time>
        {url !== null && (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              Original article <span className="visually-hidden">(opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      {articleText ? (
        <ArticleBody
          articleText={articleText}
          highlight={highlight}
          markRef={markRef}
          onGoToHighlight={goToHighlight}
        />
      ) : query.isError ? (
        <ArticleTextFailure
          message={query.error.message}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <ArticleTextLoading />
      )}
    </PanelFrame>
  );
}
