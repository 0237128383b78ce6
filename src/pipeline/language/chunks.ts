// Base noun phrases from the tags: an optional determiner, modifiers, and a run of nouns, with a
// possessive joining two runs ("Russia's rival draft"). A participle before a noun is a
// modifier ("an expected veto", "the proposed text"), not a verb.
import type { NounChunk, Token } from '../types.ts';

const MODIFIER = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

const isPossessive = (t: Token | undefined) => t?.pos === 'PART' && /^['’]s?$/i.test(t.text);
const isPrenominalParticiple = (tokens: readonly Token[], k: number) =>
  tokens[k]?.pos === 'VERB' &&
  (tokens[k - 1]?.pos === 'DET' || tokens[k - 1]?.pos === 'ADJ') &&
  MODIFIER.has(tokens[k + 1]?.pos ?? '');

export function findNounChunks(tokens: readonly Token[]): NounChunk[] {
  const chunks: NounChunk[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = k;
    if (tokens[k]!.pos === 'DET') k++;
    while (
      k < tokens.length &&
      !(k > first && NOMINAL.has(tokens[k - 1]!.pos) && isTimeMeasure(tokens, k)) &&
      (MODIFIER.has(tokens[k]!.pos) ||
        isPrenominalParticiple(tokens, k) ||
        (isPossessive(tokens[k]) && k > first) ||
        (tokens[k]!.pos === 'PRON' && k === first))
    ) {
      const isPronoun = tokens[k]!.pos === 'PRON';
      k++;
      if (isPronoun && !isPossessive(tokens[k])) break;
    }
    const head = lastNominal(tokens, first, k);
    if (head >= 0) {
      chunks.push({ first, last: k - 1, head });
    } else {
      k = Math.max(k, first + 1);
    }
  }
  return chunks;
}

// "rejected the initiative long before the talks", "the plan days after the vote": a span of time
// before "before", "after", "ago" or "later" measures when, and starts no part of the phrase.
const TIME_MEASURES = new Set([
  'long',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'moment',
  'shortly',
  'soon',
]);
const TIME_RELATIONS = new Set(['before', 'after', 'ago', 'later', 'earlier']);
const isTimeMeasure = (tokens: readonly Token[], k: number) =>
  TIME_MEASURES.has(tokens[k]!.lemma) && TIME_RELATIONS.has(tokens[k + 1]?.lemma ?? '');

function lastNominal(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (NOMINAL.has(tokens[k]!.pos)) return k;
  return -1;
}
