// Background years: dates that frame a story without dating a happening in it. "the lines of
// 1967", "since 2005", "in the 1990s" are background; "In 2012 the Assembly voted to…" is not,
// because a happening is stated for the year (its clause has a past or future verb).
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
  if (deadline || (candidate.type !== 'year' && candidate.type !== 'month')) return false;
  const { yearPrepositions, monthPrepositions, happeningPrepositions } = words.background;
  const preposition = getPreposition(sentence, found, [
    ...yearPrepositions,
    ...monthPrepositions,
    ...happeningPrepositions,
  ]);
  if (candidate.type === 'month') return preposition !== null && monthPrepositions.includes(preposition);
  if (preposition !== null && yearPrepositions.includes(preposition)) return true;
  const stated = clause.marked && clause.tense !== 'present';
  return !(stated && preposition !== null && happeningPrepositions.includes(preposition));
}

/** The phrase's own first word when it is a preposition ("since 2005"), else the word before it. */
function getPreposition(sentence: string, found: Found, prepositions: readonly string[]): string | null {
  const phrase = sentence.slice(found.start, found.end).toLowerCase();
  const first = /^([a-z]+)\s/.exec(phrase)?.[1];
  if (first && prepositions.includes(first)) return first;
  const before = /([a-z]+)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.exec(sentence.slice(0, found.start));
  return before?.[1]?.toLowerCase() ?? null;
}
