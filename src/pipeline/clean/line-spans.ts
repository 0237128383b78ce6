// Splits an article into its non-empty lines as spans of the original text. Lines, not
// blank-line blocks, are the unit: several seeds put one paragraph per line, and the ones
// that use blank lines simply yield empty lines that are skipped.
import type { Span } from '../types.ts';

/** A trimmed, non-empty line; `text` is exactly `source.slice(start, end)`. */
export interface LineSpan extends Span {
  readonly text: string;
}

// \s covers NBSP and the other Unicode spaces scraped pages leave at line ends.
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /(?<!\s)\s+$/;

/** Shrinks [start, end) past surrounding whitespace; returns null when nothing is left. */
export function trimSpan(source: string, start: number, end: number): LineSpan | null {
  const raw = source.slice(start, end);
  const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
  if (lead + trail >= raw.length) return null;
  const trimmed = { start: start + lead, end: end - trail };
  return { ...trimmed, text: source.slice(trimmed.start, trimmed.end) };
}

/** "a\r\n\n b \n" → spans of "a" and "b". */
export function getLineSpans(source: string): LineSpan[] {
  const lines: LineSpan[] = [];
  const breaks = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  for (let match = breaks.exec(source); ; match = breaks.exec(source)) {
    const lineEnd = match ? match.index : source.length;
    const line = trimSpan(source, lineStart, lineEnd);
    if (line) lines.push(line);
    if (!match) return lines;
    lineStart = match.index + match[0].length;
  }
}
