// A history of happenings is no single happening that has one date: "has vetoed more than 40
// resolutions", "has used its veto 45 times", "has vetoed resolutions since 1972", "has
// repeatedly vetoed", "vetoed it twice since 2011". The verb group is read as habitual; the event stage
// emits nothing for it. "its third veto" and "adopted by 14 votes" are single happenings.
import type { Token, VerbGroup } from '../types.ts';
import { COUNT_WORDS, COUNTING_ADVERBS, REPEATING_ADVERBS } from './modality-words.ts';

// How far past the verb its object or a "45 times" may be.
const REACH = 8;
const STOPS = new Set(['PUNCT', 'SCONJ', 'CCONJ', 'VERB', 'AUX']);

export function isHabitual(
  tokens: readonly Token[],
  group: Pick<VerbGroup, 'first' | 'last' | 'perfect'>,
): boolean {
  if (namesLatestInstance(tokens)) return false;
  // "has repeatedly vetoed", "routinely blocks".
  if (tokens.slice(group.first, group.last).some((t) => REPEATING_ADVERBS.has(t.lemma))) return true;
  // A count is a history only over an open span: "met twice last week" and "vetoed two texts in
  // 2023" are dated happenings; "has vetoed 40 resolutions", "twice since 2011" are not.
  const open = group.perfect || hasSince(tokens, group.last + 1);
  let bare = true;
  let firstNoun = -1;
  for (let k = group.last + 1; k < Math.min(tokens.length, group.last + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (REPEATING_ADVERBS.has(t.lemma)) return true;
    if (open && COUNTING_ADVERBS.has(t.lemma)) return true;
    if (STOPS.has(t.pos)) break;
    if (open && isCount(t) && isPluralNounNear(tokens, k + 1)) return true;
    if (firstNoun < 0 && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM')) bare = false;
    if (firstNoun < 0 && t.pos === 'NOUN') firstNoun = k;
    if (t.pos === 'ADP' && t.lemma !== 'than' && t.lemma !== 'of') break;
  }
  // "has vetoed resolutions since 1972": a perfect over a bare plural sums a history up.
  const noun = tokens[firstNoun];
  return group.perfect && bare && noun !== undefined && isPlural(noun) && hasSince(tokens, firstNoun);
}

/** A number above one that is not a year, or a word like "dozens", "several", "many". */
function isCount(t: Token): boolean {
  if (COUNT_WORDS.has(t.lemma) || COUNT_WORDS.has(t.text.toLowerCase())) return true;
  if (t.pos !== 'NUM' || !/^\d[\d,]*$/.test(t.text)) return false;
  const value = Number(t.text.replace(/,/g, ''));
  return value > 1 && !(value >= 1000 && value <= 2100 && !t.text.includes(','));
}

/** "40 resolutions", "dozens of texts", "45 times", "several draft resolutions". */
function isPluralNounNear(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return isPlural(t);
    if (t.lemma !== 'of' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
  }
  return false;
}

function isPlural(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return lower !== t.lemma && lower.endsWith('s');
}

function hasSince(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.lemma === 'since') return true;
    if (tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** "has used its veto repeatedly, most recently in December": the sentence dates one instance. */
function namesLatestInstance(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.lemma === 'most' && /^recent(?:ly)?$/i.test(tokens[k + 1]?.text ?? ''));
}
