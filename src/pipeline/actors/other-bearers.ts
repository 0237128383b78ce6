// A bare surname right after an unknown first name is someone else's: "Riyad Mansour" is not
// Adly Mansour, "Josh Shapiro" is not Dan Shapiro. The surname match is dropped so that the
// full name is discovered as a new person. Spelling variants and nicknames of the known person
// ("Condi Rice", "Sergei Lavrov") share the first name's initial and keep the link; so do
// function words that only start the sentence ("Then Kerry said").
import type { Sentence } from '../types.ts';
import type { ArticleState } from './article-state.ts';
import type { Entry } from './compile-matcher.ts';
import { getBlockedWords } from './name-runs.ts';
import type { TrieMatch } from './phrase-trie.ts';
import { getPosByOffset } from './pos-tags.ts';
import { isCapitalized, type Token } from './tokens.ts';

type Match = TrieMatch<Entry>;

/** Tags of words that cannot be a first name. Not "VERB": the tagger reads "Josh" as one. */
const FUNCTION_TAGS = new Set(['ADV', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'NUM', 'INTJ']);

function getFirstNameInitials(state: ArticleState, actorIds: readonly string[]): Set<string> {
  const initials = new Set<string>();
  for (const id of actorIds) {
    const actor = state.compiled.gazetteer.actorsById.get(id);
    for (const form of actor ? [actor.name, ...actor.aliases] : []) initials.add(form[0]!.toLowerCase());
  }
  return initials;
}

/** Whether the uncovered word before `m` is a different first name for its surname. */
function isOtherFirstName(state: ArticleState, tokens: readonly Token[], m: Match, prev: Token): boolean {
  const entry = m.entries[0];
  if (m.entries.length !== 1 || entry?.type !== 'surname') return false;
  if (!isCapitalized(prev.text) || getBlockedWords(state.compiled.demonyms).has(prev.key)) return false;
  if (!/^\s+$/.test(state.text.slice(prev.end, tokens[m.startToken]!.start))) return false;
  return !getFirstNameInitials(state, entry.actorIds).has(prev.key[0]!);
}

export function dropOtherBearersSurnames(
  state: ArticleState,
  sentence: Sentence,
  tokens: readonly Token[],
  matches: readonly Match[],
): Match[] {
  let pos: Map<number, string> | null = null;
  return matches.filter((m, index) => {
    const prev = tokens[m.startToken - 1];
    const before = matches[index - 1];
    if (!prev || (before && before.endToken === m.startToken)) return true;
    if (!isOtherFirstName(state, tokens, m, prev)) return true;
    pos ??= getPosByOffset(sentence.text);
    return FUNCTION_TAGS.has(pos.get(prev.start - sentence.start) ?? 'X');
  });
}
