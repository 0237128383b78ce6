// A happening named as the one refused, avoided or replaced did not take place: "refrained from
// vetoing", "stopped short of a veto", "abstained rather than veto", "instead of adopting a
// resolution", "avoided meeting Abbas". The layer asks this of a verb group's first token and of
// the first word of a noun's phrase.
import type { Token } from '../types.ts';
import { NEGATING_GOVERNORS, REFUSING_BEFORE_FROM } from './modality-words.ts';

/** Whether the phrase starting at `first` names what a refusal or an alternative ruled out. */
export function isRefusedAt(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const twoBefore = tokens[first - 2];
  if (!before || !twoBefore) return false;
  // "rather than veto", "instead of vetoing": the alternative not taken.
  if (before.lemma === 'than' && twoBefore.lemma === 'rather') return true;
  if (before.lemma === 'of' && twoBefore.lemma === 'instead') return true;
  // "stopped short of", "fell short of": the step not taken.
  if (before.lemma === 'of' && twoBefore.lemma === 'short') return true;
  // "refrained from vetoing", "abstained from voting", "desisted from attacks".
  if (before.lemma === 'from' && REFUSING_BEFORE_FROM.has(twoBefore.lemma)) return true;
  // "avoided meeting Abbas", "stopped vetoing": a gerund right after a denying verb.
  const head = tokens[first]!;
  return /ing$/i.test(head.text) && head.pos === 'VERB' && NEGATING_GOVERNORS.has(before.lemma);
}

// What a noun's phrase may hold before the noun: "a US veto", "its third veto", "the Council's".
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN', 'PRON']);

/** The first token of the noun phrase ending at `noun` (at most five words back). */
export function getPhraseStart(tokens: readonly Token[], noun: number): number {
  let k = noun;
  while (k > 0 && noun - k < 5 && NOUN_PHRASE.has(tokens[k - 1]!.pos) && tokens[k - 1]!.text !== '-') k--;
  return k;
}
