// Splits a sentence into clauses, so that two happenings in one sentence ("X met Y on
// Sunday, before talks on Monday with Z") become two events with their own dates and actors.
import type { Span } from '../types.ts';

// Conjunctions that open a new finite clause in news prose. "and" only splits before a new
// subject pronoun or after a comma, because "Kerry and Lavrov met" is one clause. ", at which
// Annan's office said" is a happening of its own, inside the one before.
const BOUNDARY =
  /;|,?(?<!\s)\s+(?:but|before|after|while|whereas|as|although|though|once|when|until|unless|because|if)\s+|,\s+(?:and|which|who)\s+|,\s+(?:at|in|during)\s+which\s+|(?<!\s)\s+and\s+(?=(?:they|he|she|we|it)\s)/gi;

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

// A clause of another time or a condition put before the main clause ends at its comma: "Days
// after the United States vetoed a similar text, the Assembly met on Tuesday" tells two times,
// not one; "If Israel had not struck Rafah on Tuesday, the talks would have continued" dates no
// talks. A clause
// of the same time ("When it was put to a vote on Monday, all 14 voted in favour") lends the main
// clause its date, so it stays whole.
const FRONTED_OPENING = /^\W*(?:after|before|since|until|if|unless)\s/i;

/** Clause spans relative to the sentence text, covering it without gaps. */
export function splitClauses(sentence: string): Span[] {
  return splitAtConjunctions(sentence)
    .flatMap((span) => closeRelativeClause(sentence, span))
    .flatMap((span) => closeFrontedClause(sentence, span))
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

function closeFrontedClause(sentence: string, span: Span): Span[] {
  const text = sentence.slice(span.start, span.end);
  if (!FRONTED_OPENING.test(text)) return [span];
  const comma = findClosingComma(text);
  return comma > 0 ? splitAt(span, span.start + comma) : [span];
}

// A comma inside a date is no clause boundary: "on Monday, Dec. 18", "on Dec. 18, 2017".
const DATE_BEFORE_COMMA = /(?:day|\b\d{1,2})$/i;
const DATE_AFTER_COMMA = /^,\s+(?:\d{4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** The first comma that is not part of a date, or -1. */
function findClosingComma(text: string): number {
  for (let at = text.indexOf(', '); at > 0; at = text.indexOf(', ', at + 1)) {
    const rest = text.slice(at);
    if (DATE_AFTER_COMMA.test(rest) || (DATE_BEFORE_COMMA.test(text.slice(0, at)) && /^,\s+\d/.test(rest)))
      continue;
    return at;
  }
  return -1;
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
