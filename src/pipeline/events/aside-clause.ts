// "Mohammed Dahlan, who led his side in the talks, said…", "Abbas, whom Rice met in Ramallah on
// Monday, welcomed the deal": a relative clause set off by commas describes someone in passing.
// What it tells is no happening of the sentence's own while the main clause has one. (Keeping a
// day it names from becoming the day being told was tried and dropped: it lowered two holdout
// floors.)
import type { Span } from '../types.ts';

// ", which …", ", where …", and "who" or "whom" however introduced ("the minister who led his side"):
// who-clauses describe people; a restrictive "that" or "which" without a comma may name the thing.
const OPENER = /,\s+(?:which|where)\b|\s(?:who|whom|whose)\b/gi;

/** The sentence's relative clauses set off by a comma: from the comma to the next, or the end. */
export function getAsideClauses(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(OPENER)) {
    const close = text.indexOf(',', match.index + 1);
    spans.push({ start: match.index, end: close < 0 ? text.length : close });
  }
  return spans;
}

/** Whether the sentence offset lies in one of `asides`. */
export const isInAside = (asides: readonly Span[], at: number) =>
  asides.some((s) => at >= s.start && at < s.end);
