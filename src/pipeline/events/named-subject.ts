// Whether an act that members of a body cast one by one (an abstention) is told of someone the
// sentence names. "with 10 abstentions" and "12 countries abstained" are tallies of members left
// unnamed: they are no abstention by the body that voted, nor by the names of another clause
// ("Chile voted against, and 12 countries abstained" is no Chilean abstention).
import type { Span, Token } from '../types.ts';

// Words that count a plural noun as a tally: "several members", "most countries".
const QUANTIFIERS = new Set(['several', 'many', 'some', 'most', 'few', 'other', 'all', 'both']);
const SUBJECT_SKIPS = new Set(['ADV', 'AUX', 'PART']);

/**
 * False when the act's word is a counted noun ("52 abstentions", "several abstentions") or a
 * verb whose subject is a common noun no name modifies ("European members abstained"); true for
 * a name, a pronoun ("she abstained"), a named noun ("the US delegation abstained") or no
 * subject before it ("raised her hand to abstain").
 */
export function hasNamedSubject(
  tokens: readonly Token[],
  at: number,
  isNoun: boolean,
  names: readonly Span[],
): boolean {
  const isNamed = (t: Token | undefined) =>
    t !== undefined && names.some((n) => n.start <= t.start && t.end <= n.end);
  if (isNoun) {
    let k = at - 1;
    while (tokens[k]?.pos === 'ADJ' && !isNamed(tokens[k])) k--;
    const before = tokens[k];
    return !(before && (before.pos === 'NUM' || QUANTIFIERS.has(before.text.toLowerCase())));
  }
  let k = at - 1;
  // "raised her hand to abstain": an infinitive's subject is not the noun before it.
  while (k >= 0 && SUBJECT_SKIPS.has(tokens[k]!.pos)) if (tokens[k--]!.lemma === 'to') return true;
  const subject = tokens[k];
  if (!subject || subject.pos !== 'NOUN' || isNamed(subject)) return true;
  // "the US delegation", "Britain's envoy": a name before the common noun says whose it is.
  while (k >= 0 && (tokens[k]!.pos === 'NOUN' || /^['’]s?$/.test(tokens[k]!.text))) k--;
  return isNamed(tokens[k]);
}
