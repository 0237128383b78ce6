// Splits a sentence into clauses, so that two happenings in one sentence ("X met Y on
// Sunday, before talks on Monday with Z") become two events with their own dates and actors.
import type { Span } from '../types.ts';

// Conjunctions that open a new finite clause in news prose. "and" only splits before a new
// subject pronoun or after a comma, because "Kerry and Lavrov met" is one clause.
const BOUNDARY =
  /;|,?(?<!\s)\s+(?:but|before|after|while|whereas|as|although|though|once|when|until|unless|because|if)\s+|,\s+(?:and|which|who)\s+|(?<!\s)\s+and\s+(?=(?:they|he|she|we|it)\s)/gi;

/** Clause spans relative to the sentence text, covering it without gaps. */
export function splitClauses(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index;
    // The conjunction belongs to the clause it opens; a lone ";" is just a separator.
    if (m[0] === ';') start = m.index + 1;
  }
  if (start < sentence.length) spans.push({ start, end: sentence.length });
  return spans;
}
