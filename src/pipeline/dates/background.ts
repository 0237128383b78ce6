// Background dates frame a story without dating a happening in it: "since 2005", "the lines of
// June 4, 1967", "in the 1990s", "the November 2012 ceasefire". "In 2012 the Assembly voted to…"
// is no background, because a happening is stated for the year (its clause has a past or
// future verb), nor is "since 2005, when Israel left Gaza".
import type { Found } from './candidate.ts';
import type { ClauseTense } from './clause-tense.ts';
import type { DateWords } from './date-words-schema.ts';

export function isBackground(
  sentence: string,
  found: Found,
  clause: ClauseTense,
  deadline: boolean,
  words: DateWords,
): boolean {
  const { candidate } = found;
  if (candidate.type === 'decade') return true;
  if (deadline) return false;
  if (candidate.type !== 'year' && candidate.type !== 'month' && candidate.type !== 'day') return false;
  // "the November 2012 ceasefire", "the June 2007 takeover": a dated name, like "the 1993 Oslo Accords".
  if (candidate.year !== null && isAttributive(sentence, found)) return true;
  // "since December 2017, when Trump recognised Jerusalem": the clause on the date states what
  // happened then.
  if (/^,\s+when\s/i.test(sentence.slice(found.end, found.end + 7))) return false;
  const { yearPrepositions, monthPrepositions, dayPrepositions, happeningPrepositions } = words.background;
  const preposition = getPreposition(sentence, found, [
    ...yearPrepositions,
    ...monthPrepositions,
    ...dayPrepositions,
    ...happeningPrepositions,
  ]);
  if (candidate.type === 'day') return preposition !== null && dayPrepositions.includes(preposition);
  if (candidate.type === 'month') return preposition !== null && monthPrepositions.includes(preposition);
  if (preposition !== null && yearPrepositions.includes(preposition)) return true;
  const stated = clause.marked && clause.tense !== 'present';
  return !(stated && preposition !== null && happeningPrepositions.includes(preposition));
}

function isAttributive(sentence: string, found: Found): boolean {
  const before = sentence.slice(Math.max(0, found.start - 4), found.start);
  // "at the end of last year the US vetoed…": the edge of a period, then a new phrase, is a time.
  if (/^(?:end|close|beginning|start|middle|turn)\s+of\b/i.test(sentence.slice(found.start, found.end)))
    return false;
  const after = sentence.slice(found.end, found.end + 8);
  return (
    /\bthe\s+$/i.test(before) && /^,?\s+[a-z]/.test(after) && !/^,?\s+(?:the|a|an|its|their)\s/i.test(after)
  );
}

/** The phrase's own first word when it is a preposition ("since 2005"), else the word before it. */
function getPreposition(sentence: string, found: Found, prepositions: readonly string[]): string | null {
  const phrase = sentence.slice(found.start, found.end).toLowerCase();
  const first = /^([a-z]+)\s/.exec(phrase)?.[1];
  if (first && prepositions.includes(first)) return first;
  const before = /(?<![a-z])([a-z]+)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.exec(
    sentence.slice(0, found.start),
  );
  return before?.[1]?.toLowerCase() ?? null;
}
