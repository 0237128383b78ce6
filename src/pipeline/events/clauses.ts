// Splits a sentence into clauses, so that two happenings in one sentence ("X met Y on
// Sunday, before talks on Monday with Z") become two events with their own dates and actors.
import type { Span } from '../types.ts';

// Conjunctions that open a new finite clause in news prose. "and" only splits before a new
// subject pronoun or after a comma, because "Kerry and Lavrov met" is one clause.
const BOUNDARY =
  /;|,?(?<!\s)\s+(?:but|before|after|while|whereas|as|although|though|once|when|until|unless|because|if)\s+|,\s+(?:and|which|who)\s+|(?<!\s)\s+and\s+(?=(?:they|he|she|we|it)\s)/gi;

// A relative clause set off by commas ends at its closing comma when the main clause's verb
// follows: "The US, which vetoed a draft last October, abstained on Monday". A lowercase word
// after the comma is that verb (or its adverb); a capital, a number or "and"/"or" continues a
// list inside the relative clause.
const RELATIVE_OPENING = /^,\s+(?:which|who)\s/i;
const RELATIVE_CLOSING =
  /,\s+(?!(?:and|or|nor|including|such|as|in|on|at|to|of|with|from|for|by|the|a|an)\s)[a-z]/g;

// An absolute clause closing the sentence: ", with the United States abstaining." Only at the
// end, and only with a participle in it: "Russia, with China's backing, vetoed it" keeps its
// subject and verb together.
const ABSOLUTE_OPENING = /,\s+with\s/gi;
const PARTICIPLE = /\b[a-z]+ing\b/i;

/** Clause spans relative to the sentence text, covering it without gaps. */
export function splitClauses(sentence: string): Span[] {
  return splitAtConjunctions(sentence)
    .flatMap((span) => closeRelativeClause(sentence, span))
    .flatMap((span, i, spans) => (i === spans.length - 1 ? openAbsoluteClause(sentence, span) : [span]));
}

function openAbsoluteClause(sentence: string, span: Span): Span[] {
  const text = sentence.slice(span.start, span.end);
  ABSOLUTE_OPENING.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = ABSOLUTE_OPENING.exec(text); m; m = ABSOLUTE_OPENING.exec(text)) last = m;
  if (!last || last.index === 0) return [span];
  const tail = text.slice(last.index + last[0].length);
  if (/[,;]/.test(tail) || !PARTICIPLE.test(tail)) return [span];
  return splitAt(span, span.start + last.index);
}

function splitAt(span: Span, at: number): Span[] {
  return [
    { start: span.start, end: at },
    { start: at, end: span.end },
  ];
}

function closeRelativeClause(sentence: string, span: Span): Span[] {
  const text = sentence.slice(span.start, span.end);
  if (!RELATIVE_OPENING.test(text)) return [span];
  RELATIVE_CLOSING.lastIndex = 1;
  const closing = RELATIVE_CLOSING.exec(text);
  if (!closing) return [span];
  return splitAt(span, span.start + closing.index);
}

function splitAtConjunctions(sentence: string): Span[] {
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
