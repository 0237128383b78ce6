// The article's cleaned text: one <p> per kept paragraph, sliced from the original text, with the
// highlighted span in <mark>. Text only: React escapes every run, nothing is parsed as HTML.
import type { Ref } from 'react';
import type { TextSegment, TextSpan } from './split-paragraph-for-highlight.ts';

export interface ArticleTextProps {
  /** Each kept paragraph's runs, in order (see splitParagraphForHighlight). */
  readonly paragraphs: readonly (readonly TextSegment[])[];
  readonly spans: readonly TextSpan[];
  /** Attached to the first <mark>, the one scrolled to. */
  readonly markRef: Ref<HTMLElement>;
}

export function ArticleText({ paragraphs, spans, markRef }: ArticleTextProps) {
  const firstMarkParagraph = paragraphs.findIndex((segments) => segments.some((s) => s.highlighted));
  return (
    <div className="article-panel__text">
      {paragraphs.map((segments, paragraphIndex) => (
        <p key={`${spans[paragraphIndex]?.start ?? paragraphIndex}`}>
          {segments.map((segment, index) => {
            if (!segment.highlighted) return segment.text;
            // A paragraph holds at most one highlighted run, so the first mark is in the first such paragraph.
            const isFirst = paragraphIndex === firstMarkParagraph;
            return (
              <mark
                key={index}
                ref={isFirst ? markRef : undefined}
                tabIndex={isFirst ? -1 : undefined}
                className="article-panel__mark"
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
