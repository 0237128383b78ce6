// The mood a non-factual verb gives every noun of its complement, not only its first object:
// "must be committed to non-violence, to the recognition of Israel and to the acceptance of
// previous agreements" demands a recognition and an acceptance, it reports neither. The reach
// ends where another clause or a time phrase begins ("will meet after the vote": the vote may
// well have been held). Verbs listed after it share its auxiliary: "must commit itself to
// nonviolence, recognise Israel and accept the agreements" demands all three.
import type { Modality, Token, VerbGroup } from '../types.ts';

/** Moods that say the happening was not (yet) real. A history or an attempt is left alone. */
const UNREAL = new Set<Modality>([
  'hypothetical',
  'conditional',
  'threatened',
  'question',
  'planned',
  'expected',
]);

// Words that open another clause or a time phrase: the complement has ended.
const BREAKS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'after',
  'before',
  'since',
  'following',
  'during',
  'until',
  'amid',
  'when',
  'as',
  'but',
]);
const STOPS = new Set(['VERB', 'AUX', 'SCONJ']);

/** How far a complement reaches, in tokens. */
const REACH = 16;

/** Whether nothing between `from` and `to` (exclusive) opens another clause. */
function isSameClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (STOPS.has(t.pos) || BREAKS.has(t.lemma) || /^[;:.!?"“”]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * The mood of an earlier group a bare verb shares by being listed after it with no subject of
 * its own ("…, recognise Israel and accept the agreements"), or undefined.
 */
export function getListedVerbMood(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  raw: { first: number; head: number },
): Modality | undefined {
  // Only a group of one word can be listed; tested first, as this runs for every verb group.
  if (raw.first !== raw.head) return undefined;
  const verb = tokens[raw.head]!;
  // A bare form is its own lemma (which may be spelt the American way: "recognise").
  const bare = verb.text.toLowerCase().replace(/is(e)$/, 'iz$1') === verb.lemma;
  if (!bare) return undefined;
  const before = tokens[raw.first - 1];
  if (!before || (before.text !== ',' && before.pos !== 'CCONJ')) return undefined;
  const previous = groups.at(-1);
  if (!previous || !UNREAL.has(previous.modality)) return undefined;
  return isSameClause(tokens, previous.last + 1, raw.first - 1) ? previous.modality : undefined;
}

/** Sets the group's mood on each noun of its complement that has no mood of its own yet. */
export function setComplementMood(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  modality: Map<number, Modality>,
): void {
  for (const g of groups) {
    if (!UNREAL.has(g.modality)) continue;
    for (let k = g.last + 1; k < Math.min(tokens.length, g.last + 1 + REACH); k++) {
      if (!isSameClause(tokens, k, k + 1)) break;
      if (tokens[k]!.pos === 'NOUN' && !modality.has(k)) modality.set(k, g.modality);
    }
  }
}
