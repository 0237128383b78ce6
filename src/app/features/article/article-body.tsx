// The reader's text once loaded: a button to the highlighted sentence, a note when the sentence is
// not in the text kept, and the kept paragraphs with the sentence marked.
import type { RefObject } from 'react';
import { useMemo } from 'react';
import type { ArticleText as ArticleTextFile } from '../../../domain/article-text-schema.ts';
import { ArticleText } from './article-text.tsx';
import type { TextSpan } from './split-paragraph-for-highlight.ts';
import { splitParagraphForHighlight } from './split-paragraph-for-highlight.ts';

export interface ArticleBodyProps {
  readonly articleText: ArticleTextFile;
  readonly highlight: TextSpan | null;
  /** Set to the first <mark>; the panel scrolls it into view. */
  readonly markRef: RefObject<HTMLElement | null>;
  readonly onGoToHighlight: () => void;
}

export function ArticleBody({ articleText, highlight, markRef, onGoToHighlight }: ArticleBodyProps) {
  const highlightStart = highlight?.start ?? null;
  const highlightEnd = highlight?.end ?? null;
  const paragraphs = useMemo(() => {
    const span =
      highlightStart === null || highlightEnd === null ? null : { start: highlightStart, end: highlightEnd };
    return articleText.paragraphs.map((paragraph) =>
      splitParagraphForHighlight(articleText.text, paragraph, span),
    );
  }, [articleText, highlightStart, highlightEnd]);
  const hasMark = paragraphs.some((segments) => segments.some((segment) => segment.highlighted));

  return (
    <>
      {hasMark && (
        <p className="article-panel__actions">
          <button type="button" className="panel__button article-panel__button" onClick={onGoToHighlight}>
            Go to the highlighted sentence
          </button>
        </p>
      )}
      {highlight !== null && !hasMark && paragraphs.length > 0 && (
        <p className="article-panel__note">The quoted sentence is not in the text kept for this article.</p>
      )}
      {paragraphs.length > 0 ? (
        <ArticleText paragraphs={paragraphs} spans={articleText.paragraphs} markRef={markRef} />
      ) : (
        <p className="article-panel__note">No text was kept for this article.</p>
      )}
    </>
  );
}
