// Places the gazetteer does not list, known by their last word: a capitalised run ending in a
// landmark noun is a place, never a person ("Truman Balcony", "Rose Garden", "Shati Camp",
// "Trump Tower", "Damascus Gate"), and "Mount" opens one ("Mount Hermon"). The run may swallow a
// bare surname, a known place or a generic title word ("Blair House" is not Tony Blair, "King
// David Hotel" is no king), but not a gazetteer actor or a specific title: "White House" stays
// the United States, "Prime Minister's Office" stays a title.
import type { Place } from '../gazetteer/gazetteer-schema.ts';
import type { Entry } from './compile-matcher.ts';
import { NOT_NAME_WORDS } from './context-words.ts';
import { isNamePart } from './name-runs.ts';
import type { TrieMatch } from './phrase-trie.ts';
import { isCapitalized, type Token } from './tokens.ts';
import { WORDS } from './word-lists.ts';

type Match = TrieMatch<Entry>;

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const LANDMARK_SUFFIXES = WORDS.landmarkSuffixes;
const LANDMARK_PREFIXES = WORDS.landmarkPrefixes;

/** Capitalised words that start a sentence or a clause rather than a name: "Outside Blair House". */
const NOT_IN_PLACE_NAME = set(`the a an and or but of in on at to from for by with near inside outside
  across via into after before when while since as this that these those his her their its our then
  meanwhile later earlier yesterday today`);

/** Matches a landmark's name may contain: "Blair House", "Damascus Gate", "King David Hotel". */
const ABSORBABLE = new Set<Entry['type']>(['surname', 'place', 'generic']);
const isAbsorbable = (m: Match | undefined) => !m || m.entries.every((e) => ABSORBABLE.has(e.type));

function isPlacePart(tokens: readonly Token[], owner: readonly (Match | undefined)[], i: number): boolean {
  return isAbsorbable(owner[i]) && isNamePart(tokens, i, NOT_IN_PLACE_NAME);
}

/** [first, last] of a landmark name around token `i`, or null. */
function getLandmarkSpan(
  tokens: readonly Token[],
  owner: readonly (Match | undefined)[],
  i: number,
): [number, number] | null {
  const token = tokens[i]!;
  if (owner[i] || !isCapitalized(token.text)) return null;
  let first = i;
  let last = i;
  if (LANDMARK_SUFFIXES.has(token.key)) {
    while (first > 0 && isPlacePart(tokens, owner, first - 1)) first -= 1;
  } else if (LANDMARK_PREFIXES.has(token.key)) {
    while (last + 1 < tokens.length && isPlacePart(tokens, owner, last + 1)) last += 1;
  } else return null;
  while (first < i && !isCapitalized(tokens[first]!.text)) first += 1;
  while (last > i && !isCapitalized(tokens[last]!.text)) last -= 1;
  if (first === last) return null;
  // "Foreign Office", "State House": a body's name, not a place's.
  const span = tokens.slice(first, last + 1);
  if (span.every((t) => NOT_NAME_WORDS.has(t.key) || !isCapitalized(t.text))) return null;
  return [first, last];
}

/** The matches with each landmark's run replaced by one place match (kept in token order). */
export function addLandmarkPlaces(tokens: readonly Token[], matches: readonly Match[]): Match[] {
  let owner: (Match | undefined)[] | null = null;
  let result: Match[] = [...matches];
  for (let i = 0; i < tokens.length; i += 1) {
    const key = tokens[i]!.key;
    if (!LANDMARK_SUFFIXES.has(key) && !LANDMARK_PREFIXES.has(key)) continue;
    if (!owner) {
      owner = new Array<Match | undefined>(tokens.length);
      for (const m of result) owner.fill(m, m.startToken, m.endToken);
    }
    const span = getLandmarkSpan(tokens, owner, i);
    if (!span) continue;
    const [first, last] = span;
    const text = tokens
      .slice(first, last + 1)
      .map((t, k) => (k > 0 && tokens[first + k - 1]!.end < t.start ? ' ' : '') + t.text)
      .join('');
    const place: Place = { name: text, aliases: [] };
    const landmark: Match = { startToken: first, endToken: last + 1, entries: [{ type: 'place', place }] };
    result = [
      ...result.filter((m) => m.endToken <= first),
      landmark,
      ...result.filter((m) => m.startToken > last),
    ];
    owner.fill(landmark, first, last + 1);
    i = last;
  }
  return result;
}
