// Splits an article into its non-empty lines as spans of the original text. Lines, not
// blank-line blocks, are the unit: several seeds put one paragraph per line, and the ones
// that use blank lines simply yield empty lines that are skipped.
import type { Span } from '../types.ts';
import { isSpace } from './spaces.ts';

/** A trimmed, non-empty line; `text` is exactly `source.slice(start, end)`. */
export interface LineSpan extends Span {
  readonly text: string;
}

/** Shrinks [start, end) past surrounding whitespace (what \s matches, NBSP and the other Unicode
 *  spaces included); returns null when nothing is left. A scan, not /\s+$/, which re-scans a long
 *  run of spaces from each of its characters. */
export function trimSpan(source: string, start: number, end: number): LineSpan | null {
  let from = start;
  let to = end;
  while (from < to && isSpace(source.charCodeAt(from))) from += 1;
  while (to > from && isSpace(source.charCodeAt(to - 1))) to -= 1;
  if (from === to) return null;
  return { start: from, end: to, text: source.slice(from, to) };
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
