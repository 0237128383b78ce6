// Cuts one paragraph of an article into plain and highlighted runs, so the sentence an event was
// read from can be wrapped in <mark>. Offsets are character offsets into the article's original
// text, half-open [start, end), exactly as the dataset stores them.

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface TextSegment {
  readonly text: string;
  readonly highlighted: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The paragraph `text.slice(paragraph.start, paragraph.end)` as runs, with the part of `highlight`
 * inside it marked. A highlight that crosses paragraph edges marks only its share of each; one that
 * misses the paragraph, or is null or empty, leaves a single plain run. Empty runs are left out.
 *
 * ("Kerry met Netanyahu. They spoke.", {0, 32}, {21, 32}) →
 *   [{ text: "Kerry met Netanyahu. ", highlighted: false }, { text: "They spoke.", highlighted: true }]
 */
export function splitParagraphForHighlight(
  text: string,
  paragraph: TextSpan,
  highlight: TextSpan | null,
): TextSegment[] {
  // Clamp everything to the text, so a stale or hostile span cannot produce odd slices.
  const start = clamp(paragraph.start, 0, text.length);
  const end = clamp(paragraph.end, start, text.length);
  const from = highlight ? clamp(highlight.start, start, end) : end;
  const to = highlight ? clamp(highlight.end, from, end) : end;
  const segments: TextSegment[] =
    from < to
      ? [
          { text: text.slice(start, from), highlighted: false },
          { text: text.slice(from, to), highlighted: true },
          { text: text.slice(to, end), highlighted: false },
        ]
      : [{ text: text.slice(start, end), highlighted: false }];
  return segments.filter((segment) => segment.text.length > 0);
}
