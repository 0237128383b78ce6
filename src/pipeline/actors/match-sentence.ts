// Emits the gazetteer's mentions and places for one sentence: title groups first (they own
// their qualifier and name), then names, aliases, surnames, places and metonyms in text order.
import { addMention, addPlace, keyAt, type ArticleState, type SentenceScan } from './article-state.ts';
import type { Entry } from './compile-matcher.ts';
import { addLandmarkPlaces } from './landmarks.ts';
import { isLocative, isMetonym } from './locative.ts';
import { dropOtherBearersSurnames } from './other-bearers.ts';
import type { TrieMatch } from './phrase-trie.ts';
import { getRoleGroup, isTitle, type RoleGroup } from './role-groups.ts';
import { isAllCaps, tokenize } from './tokens.ts';
import { WORDS } from './word-lists.ts';
import type { Sentence } from '../types.ts';

// Nouns after a demonym that make the state a party: its draft, its proposal, its delegation.
const OWNED_NOUNS = new Set([
  'draft',
  'resolution',
  'text',
  'proposal',
  'plan',
  'amendment',
  'initiative',
  'bid',
  'delegation',
  'government',
  'presidency',
  'mission',
]);

/** Greedy longest-first matches over the sentence's tokens. */
export function scanSentence(state: ArticleState, sentence: Sentence): SentenceScan {
  const tokens = tokenize(sentence.text, sentence.start);
  const found: TrieMatch<Entry>[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = state.compiled.trie.matchAt(tokens, i);
    if (match) found.push(match);
    i = match ? match.endToken : i + 1;
  }
  const matches = addLandmarkPlaces(tokens, dropOtherBearersSurnames(state, sentence, tokens, found));
  return { sentenceIndex: sentence.index, tokens, matches };
}

/** "(PA)" after a dateline, "(UNSC)" restating a name: an acronym in brackets adds no mention. */
function isBracketedAcronym(scan: SentenceScan, m: TrieMatch<Entry>): boolean {
  const word = scan.tokens[m.startToken]!.text;
  return (
    m.endToken - m.startToken === 1 &&
    isAllCaps(word) &&
    keyAt(scan, m.startToken - 1) === '(' &&
    keyAt(scan, m.endToken) === ')'
  );
}

/**
 * A bare surname: the one already named here, else a person discovered here with it ("Shapiro"
 * after "Josh Shapiro" is not Dan Shapiro), else the only candidate, else the one in office.
 */
function resolveSurname(
  state: ArticleState,
  actorIds: readonly string[],
  discovered: string | undefined,
): string | null {
  const seen = actorIds.filter((id) => state.seen.has(id));
  if (seen.length === 1) return seen[0]!;
  if (seen.length === 0 && discovered) return discovered;
  if (actorIds.length === 1) return actorIds[0]!;
  const day = state.published;
  const inOffice = actorIds.filter((id) =>
    state.compiled.gazetteer.actorsById
      .get(id)
      ?.offices.some((o) => o.start <= day && (o.end === null || day <= o.end)),
  );
  return inOffice.length === 1 ? inOffice[0]! : null;
}

/** "U.S." ends in a full stop the tokenizer dropped; keep it in the quoted span. */
function getEnd(state: ArticleState, scan: SentenceScan, endToken: number): number {
  const last = scan.tokens[endToken - 1]!;
  return last.text.length === 1 && state.text[last.end] === '.' ? last.end + 1 : last.end;
}

/** `discoveredSurnames`: surname → id of a person discovered earlier in the article. */
export function matchSentence(
  state: ArticleState,
  scan: SentenceScan,
  discoveredSurnames: ReadonlyMap<string, string> = new Map(),
): void {
  // Titles first: a group owns its qualifier and name, which come before and after it.
  const groups = new Map<number, RoleGroup>();
  const consumed = new Set<number>();
  scan.matches.forEach((m, index) => {
    if (!isTitle(m) || consumed.has(index)) return;
    const group = getRoleGroup(state, scan, index);
    groups.set(index, group);
    group.consumed.forEach((i) => consumed.add(i));
  });
  let placeListEnd = -1;
  scan.matches.forEach((m, index) => {
    const mention = groups.get(index)?.mention;
    if (mention)
      addMention(
        state,
        scan,
        mention.start,
        getEnd(state, scan, mention.endToken),
        mention.actorId,
        mention.via,
      );
    if (consumed.has(index)) {
      // "The ICC prosecutor": the qualifier names the court, so a later "the Court" is the ICC.
      for (const entry of m.entries)
        if (entry.type === 'actor' && !entry.context) state.seen.add(entry.actorId);
      return;
    }
    const start = scan.tokens[m.startToken]!.start;
    const end = getEnd(state, scan, m.endToken);
    if (isBracketedAcronym(scan, m)) return;
    const locative = isLocative(scan, m.startToken, placeListEnd, m.endToken);
    for (const entry of m.entries) {
      if (entry.type === 'found') {
        addMention(state, scan, start, scan.tokens[m.endToken - 1]!.end, entry.actorId, 'name');
        return;
      }
      if (entry.type === 'actor') {
        if (entry.context && !state.seen.has(entry.actorId)) continue;
        const actor = state.compiled.gazetteer.actorsById.get(entry.actorId)!;
        if (actor.kind === 'state' && locative) {
          addPlace(state, scan, start, end, actor.name);
          placeListEnd = m.endToken;
        } else addMention(state, scan, start, end, entry.actorId, entry.via);
        return;
      }
      // "a Brazilian draft", "the Russian proposal": the state whose text it is takes part.
      if (entry.type === 'demonym' && OWNED_NOUNS.has(keyAt(scan, m.endToken))) {
        const text = state.text.slice(start, end);
        state.owners.push({
          start,
          end,
          sentenceIndex: scan.sentenceIndex,
          text,
          actorId: entry.actorId,
          via: 'alias',
        });
        return;
      }
      // "Israeli fire killed 13", "American troops entered", "Israeli drone strikes hit": a
      // state's forces are the state acting.
      const force = getForceNoun(scan, m.endToken);
      if (entry.type === 'demonym' && force >= 0) {
        addMention(state, scan, start, scan.tokens[force]!.end, entry.actorId, 'alias');
        return;
      }
      if (entry.type === 'surname') {
        const word = state.text.slice(start, scan.tokens[m.endToken - 1]!.end);
        // "Straw" is Jack Straw only once he was named in full here.
        const candidates = entry.actorIds.filter((id) => !entry.afterName.has(id) || state.seen.has(id));
        const actorId = resolveSurname(state, candidates, discoveredSurnames.get(word));
        if (actorId) addMention(state, scan, start, end, actorId, 'surname');
        return;
      }
      if (entry.type === 'place') {
        if (isMetonym(entry.place, scan, m.startToken, m.endToken, locative)) {
          addMention(state, scan, start, end, entry.place.metonymFor!, 'alias');
        } else {
          addPlace(state, scan, start, end, entry.place.name);
          placeListEnd = m.endToken;
        }
        return;
      }
    }
  });
}

/** The force noun at `index`, or after one arm-of-service word there ("drone strikes"); -1 if none. */
function getForceNoun(scan: SentenceScan, index: number): number {
  if (WORDS.forceNouns.has(keyAt(scan, index))) return index;
  return WORDS.forceModifiers.has(keyAt(scan, index)) && WORDS.forceNouns.has(keyAt(scan, index + 1))
    ? index + 1
    : -1;
}
