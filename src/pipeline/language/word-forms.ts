// What a verb's written form says about it, from the word and its lemma alone (wink's English
// model gives universal tags, not VBD/VBN): "vetoed" ≠ "veto" and no -s/-ing, so it is a past
// form; "vetoes" is present; "vetoing" a gerund. Irregular forms ("met", "told", "written")
// differ from their lemma and fall in the past bucket, which is what both a simple past and a
// participle need.
import type { Token } from '../types.ts';

export function isGerund(token: Token): boolean {
  return /ing$/i.test(token.text) && token.lemma !== token.text.toLowerCase();
}

/** A simple past or past participle: "adopted", "met", "given". */
export function isPastForm(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (lower === token.lemma) return /^(?:put|set|cut|hit|let|cast|quit|shut|bid|spread)$/.test(lower);
  return !isGerund(token) && !(lower.endsWith('s') && !lower.endsWith('ss') && lower.startsWith(token.lemma));
}

/** A third-person present: "vetoes", "meets". */
export function isPresentS(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return lower !== token.lemma && lower.endsWith('s') && !isPastForm(token);
}

export const isVerb = (t: Token | undefined) => t?.pos === 'VERB';
export const isAux = (t: Token | undefined) => t?.pos === 'AUX';
export const isNegator = (t: Token | undefined) => t?.lemma === 'not' || t?.lemma === 'never';
