// "In Gaza, organisers of the weekly protests have called for the largest turnout yet": a clause
// whose subject is a plural common noun ("organisers", "diplomats", "protesters") is told of
// people the text does not name. It takes no agent from the sentences before, which name others.
// A singular noun may point back ("the ministry", "the envoy"), so only a plural is read so.
import type { SentenceLanguage, Span, Token } from '../types.ts';

/** Whether the clause's subject, before its verb at `verbToken`, is an unnamed plural noun. */
export function hasUnnamedPluralSubject(
  read: SentenceLanguage,
  clause: Span,
  verbToken: number,
  names: readonly Span[],
): boolean {
  const tokens = read.tokens.filter((t) => t.start >= clause.start && t.index < verbToken);
  let k = skipFrontedPhrase(tokens);
  // "One hundred and twenty-eight countries": the "and" and the hyphen inside a written number
  // are the number's.
  const inNumber = (i: number) =>
    /^(?:and|-)$/i.test(tokens[i]!.text) && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM';
  while (
    tokens[k] &&
    (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || inNumber(k))
  )
    k++;
  const head = tokens[k];
  if (!head || head.pos !== 'NOUN' || !isPlural(head)) return false;
  return !names.some((n) => n.start <= head.start && head.end <= n.end);
}

/** Past "In Gaza," or "On Tuesday," opening the clause: the index of the token after its comma. */
function skipFrontedPhrase(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k] && tokens[k]!.pos === 'PUNCT') k++;
  if (tokens[k]?.pos !== 'ADP') return k;
  const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
  return comma < 0 ? k : comma + 1;
}

function isPlural(token: Token): boolean {
  const text = token.text.toLowerCase();
  return text !== token.lemma && text.endsWith('s');
}
