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
const FINITE_AFTER = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'said',
  'says',
  'did',
  'does',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'voted',
  'announced',
  'agreed',
]);

/** `placeListEnd`: end token of the last place in this sentence, to carry a list along. */
export function isLocative(
  scan: SentenceScan,
  start: number,
  placeListEnd: number,
  end: number = start + 1,
): boolean {
  let i = start - 1;
  if (keyAt(scan, i) === 'the') i -= 1;
  const preposition = keyAt(scan, i);
  if (LOCATIVE.has(preposition)) return true;
  if (MOVEMENT_PREPOSITIONS.has(preposition) && MOVEMENT.has(keyAt(scan, i - 1))) return true;
  if (placeListEnd < 0 || placeListEnd >= start) return false;
  // "…in Jerusalem, and Paraguay has said it will follow": a name after ", and" and before a
  // finite verb is the subject of a new clause, not the next place of a list ("reporters in
  // Britain, France and Portugal said" is still a list).
  const newClause = keyAt(scan, start - 1) === 'and' && keyAt(scan, start - 2) === ',';
  if (newClause && FINITE_AFTER.has(keyAt(scan, end))) return false;
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
  if (isActingSubject(scan, start, end)) return true;
  return next === "'" && keyAt(scan, end + 1) === 's' && POLICY_NOUNS.has(keyAt(scan, end + 2));
}

// Where a clause's subject starts: the sentence's start, after a comma or a conjunction.
const CLAUSE_OPENERS = new Set(['', ',', ';', 'and', 'but', 'while', 'whereas']);

/**
 * "Ankara also recalled its ambassador", "Cairo brokered the truce": a capital opening a clause
 * before a past verb (an adverb may stand between) acted, so it is its government.
 */
function isActingSubject(scan: SentenceScan, start: number, end: number): boolean {
  if (!CLAUSE_OPENERS.has(keyAt(scan, start - 1))) return false;
  const adverb = /^(?:also|then|later|quickly|swiftly|promptly|immediately|formally|officially)$/;
  const verb = adverb.test(keyAt(scan, end)) ? keyAt(scan, end + 1) : keyAt(scan, end);
  return /^\p{Ll}{3,}ed$/u.test(verb) && !/^(?:based|located|situated)$/.test(verb);
}
