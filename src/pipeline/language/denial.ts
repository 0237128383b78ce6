// Denials outside the verb group itself: a negative subject ("nobody voted against", "no one at
// the UN met them", "had the US not used its veto") or a negative object ("signed nothing",
// "adopted no resolution"): either way the happening is denied.
import type { Token } from '../types.ts';

const NEGATIVE_SUBJECTS = new Set(['nobody', 'none', 'nothing', 'neither']);
const NEGATIVE_OBJECTS = new Set(['nothing', 'none']);
// How far back a negative subject may head its phrase: "nobody at the UN met".
const SUBJECT_REACH = 6;
const PHRASE_BREAKS = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);

export function isDeniedBySubject(tokens: readonly Token[], first: number): boolean {
  // "never said", and past adverbs: "never formally said", "not publicly endorsed".
  let b = first - 1;
  while (tokens[b]?.pos === 'ADV' && tokens[b]!.lemma !== 'not' && tokens[b]!.lemma !== 'never') b--;
  const before = tokens[b];
  if (!before) return false;
  if (before.lemma === 'not' || before.lemma === 'never') return true;
  for (let k = first - 1; k >= Math.max(0, first - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (PHRASE_BREAKS.has(t.pos)) return false;
    if (NEGATIVE_SUBJECTS.has(t.lemma)) return true;
    // "no one", "no country"
    const next = tokens[k + 1];
    if (t.lemma === 'no' && next && (next.lemma === 'one' || next.pos === 'NOUN')) return true;
  }
  return false;
}

/** "signed nothing", "adopted no resolution", "held no talks": the object denies the verb. */
export function isDeniedByObject(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const object = tokens[k];
  if (!object) return false;
  if (NEGATIVE_OBJECTS.has(object.lemma)) return true;
  // "voted no" is a vote; "no fewer than three" counts.
  const next = tokens[k + 1];
  return (
    object.lemma === 'no' &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    !COMPARATIVES.has(next.lemma)
  );
}

const COMPARATIVES = new Set(['fewer', 'less', 'more', 'longer', 'few', 'little', 'much']);
