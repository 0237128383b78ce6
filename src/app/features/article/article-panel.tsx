// The article reader: title, outlet, date, a safe link to the original, and the cleaned text with
// the source sentence of an event highlighted and scrolled into view.
import './article-panel.css';
import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '../../../domain/dataset-schema.ts';
import { ArticleText } from './article-text.tsx';
import { formatIsoDay } from '../../../domain/format-date.ts';
import { getSafeUrl } from '../../../domain/safe-url.ts';
import type { TextSpan } from './split-paragraph-for-highlight.ts';
import { splitParagraphForHighlight } from './split-paragraph-for-highlight.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';

export interface ArticlePanelProps {
  readonly article: Article;
  /** Character span in `article.text` to mark, usually one source sentence; null for none. */
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
  const headingRef = useFocusOnMount<HTMLHeadingElement>(autoFocus);
  const markRef = useRef<HTMLElement>(null);
  const url = getSafeUrl(article.url);
  const highlightStart = highlight?.start ?? null;
  const highlightEnd = highlight?.end ?? null;

  const paragraphs = useMemo(() => {
    const span =
      highlightStart === null || highlightEnd === null ? null : { start: highlightStart, end: highlightEnd };
    return article.paragraphs.map((paragraph) => splitParagraphForHighlight(article.text, paragraph, span));
  }, [article.text, article.paragraphs, highlightStart, highlightEnd]);
  const hasMark = paragraphs.some((segments) => segments.some((segment) => segment.highlighted));

  // Runs after the heading took focus (effects run in order), so the sentence ends up in view.
  useEffect(() => {
    scrollToCenter(markRef.current);
  }, [article.id, highlightStart, highlightEnd]);

  function handleKeyDown(keyEvent: KeyboardEvent<HTMLElement>) {
    if (keyEvent.key !== 'Escape' || keyEvent.defaultPrevented) return;
    keyEvent.preventDefault();
    onClose();
  }

  function goToHighlight() {
    scrollToCenter(markRef.current);
    markRef.current?.focus({ preventScroll: true });
  }

  return (
    <section className="panel article-panel" aria-label="Article" onKeyDown={handleKeyDown}>
      <header className="panel__header article-panel__header">
        <h2 ref={headingRef} tabIndex={-1} className="panel__title article-panel__title">
          {article.title}
        </h2>
        <button
          type="button"
          className="panel__button article-panel__button"
          aria-label="Close article"
          onClick={onClose}
        >
          Close
        </button>
      </header>
      <p className="article-panel__meta">
        <span className="article-panel__outlet">{article.outlet ?? 'Unknown outlet'}</span>
        {' · '}
        <time dateTime={article.published}>{formatIsoDay(article.published)}</time>
        {url !== null && (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              Original article <span className="article-panel__sr-only">(opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      {hasMark && (
        <p className="article-panel__actions">
          <button type="button" className="panel__button article-panel__button" onClick={goToHighlight}>
            Go to the highlighted sentence
          </button>
        </p>
      )}
      {highlight !== null && !hasMark && paragraphs.length > 0 && (
        <p className="article-panel__note">The quoted sentence is not in the text kept for this article.</p>
      )}
      {paragraphs.length > 0 ? (
        <ArticleText paragraphs={paragraphs} spans={article.paragraphs} markRef={markRef} />
      ) : (
        <p className="article-panel__note">No text was kept for this article.</p>
      )}
    </section>
  );
}
