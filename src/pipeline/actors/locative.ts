// Whether a name at a token is used as a location, and whether a capital speaks for its state.
//   "reporters in Denmark"                  → Denmark is a place
//   "in Britain, France, Spain and Portugal" → all places (the list shares the preposition)
//   "before leaving for Washington"         → place; "Washington has long opposed…" → the US
//   "the heart of Jerusalem"                → place; "Jerusalem rejected the plan" → Israel
import type { Place } from '../gazetteer/gazetteer-schema.ts';
import { keyAt, type SentenceScan } from './article-state.ts';
import { LOCATIVE, MOVEMENT, POLICY_NOUNS, STATEMENT_VERBS } from './context-words.ts';

const LIST_GLUE = new Set([',', 'and', 'or']);
const MOVEMENT_PREPOSITIONS = new Set(['to', 'for', 'from']);

/** `placeListEnd`: end token of the last place in this sentence, to carry a list along. */
export function isLocative(scan: SentenceScan, start: number, placeListEnd: number): boolean {
  let i = start - 1;
  if (keyAt(scan, i) === 'the') i -= 1;
  const preposition = keyAt(scan, i);
  if (LOCATIVE.has(preposition)) return true;
  if (MOVEMENT_PREPOSITIONS.has(preposition) && MOVEMENT.has(keyAt(scan, i - 1))) return true;
  if (placeListEnd < 0 || placeListEnd >= start) return false;
  for (let k = placeListEnd; k < start; k += 1) if (!LIST_GLUE.has(keyAt(scan, k))) return false;
  return true;
}

/** Whether a place that may stand for a state does so here. */
export function isMetonym(
  place: Place,
  scan: SentenceScan,
  start: number,
  end: number,
  locative: boolean,
): boolean {
  if (!place.metonymFor || locative) return false;
  const next = keyAt(scan, end);
  if (place.metonymMode === 'subject') {
    // "Washington, D.C." and "Washington-based" are the city.
    return !(next === '-' || (next === ',' && keyAt(scan, end + 1) === 'd'));
  }
  if (STATEMENT_VERBS.has(next)) return keyAt(scan, start - 1) !== 'of';
  return next === "'" && keyAt(scan, end + 1) === 's' && POLICY_NOUNS.has(keyAt(scan, end + 2));
}
