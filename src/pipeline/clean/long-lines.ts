// Cuts a line longer than any real paragraph into paragraph-sized pieces. The longest paragraph
// in the seeds and evaluation articles is under 700 characters; a line of 100,000 is a scrape
// that lost its line breaks, or hostile input. Later stages look at a sentence's text around
// each mention they find (dates, actors, triggers), which costs the sentence's length per
// mention: bounding a paragraph, and so every sentence in it, keeps that work linear in the
// article's length however the text is made.
import { trimSpan, type LineSpan } from './line-spans.ts';
import { isSpace } from './spaces.ts';

/** Characters a paragraph may hold; a longer line is cut into pieces of at most this. */
export const MAX_PARAGRAPH_CHARS = 4000;

const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/;

/**
 * Where to end a piece of `line` that starts at `from` (relative to the line): after the last
 * sentence end followed by a space within the limit, else at the last space, else at the limit
 * itself (never inside a surrogate pair).
 */
function getCut(line: string, from: number, max: number): number {
  const limit = from + max;
  let lastSpace = -1;
  for (let i = limit; i > from; i -= 1) {
    if (!isSpace(line.charCodeAt(i))) continue;
    if (lastSpace < 0) lastSpace = i;
    // Look back over at most a few closing quotes and brackets for the terminator.
    if (ENDS_SENTENCE.test(line.slice(Math.max(from, i - 4), i))) return i;
  }
  if (lastSpace > from) return lastSpace;
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** `line` as it is when short enough, else as trimmed pieces of at most `max` characters. */
export function splitLongLine(source: string, line: LineSpan, max = MAX_PARAGRAPH_CHARS): LineSpan[] {
  if (line.text.length <= max) return [line];
  const pieces: LineSpan[] = [];
  let from = 0;
  while (line.text.length - from > max) {
    const cut = getCut(line.text, from, max);
    const piece = trimSpan(source, line.start + from, line.start + cut);
    if (piece) pieces.push(piece);
    from = cut;
  }
  const last = trimSpan(source, line.start + from, line.end);
  if (last) pieces.push(last);
  return pieces;
}
