// The mood of nouns that name happenings: put out of the factual mood by a modifier ("an
// expected veto"), a head noun ("the threat of a veto"), a predicate ("a veto is likely"), the
// verb whose object they are ("threatened a veto", "called for a vote", "hinted at a veto"), or
// denied ("no vote", "cancelled the meeting", "stopped short of a veto").
import type { Modality, Token, VerbGroup } from '../types.ts';
import {
  DENYING_VERBS,
  GOVERNOR_MODALITY,
  HEAD_NOUN_MODALITY,
  NOUN_MODIFIER_MODALITY,
  PASSIVE_PREDICATE_MODALITY,
  PREDICATE_MODALITY,
} from './modality-words.ts';
import { getPhraseStart, isRefusedAt } from './refusal.ts';
import { setComplementMood } from './complement-mood.ts';

/**
 * Nouns put out of the factual mood by a modifier ("an expected veto", "the planned vote"), by
 * the verb whose object they are ("threatened a veto", "sought a vote", "would hold talks"), or
 * denied ("no vote", "did not hold talks").
 */
export function getNounModality(tokens: readonly Token[], groups: readonly VerbGroup[]) {
  const modality = new Map<number, Modality>();
  const negated = new Set<number>();
  for (const t of tokens) {
    const given = NOUN_MODIFIER_MODALITY.get(t.lemma);
    if (given && (t.pos === 'ADJ' || t.pos === 'VERB')) {
      const noun = nextNoun(tokens, t.index + 1, MODIFIER_SKIPS);
      if (noun >= 0) modality.set(noun, given);
    }
    if (t.lemma === 'no' && t.pos === 'DET') {
      const noun = nextNoun(tokens, t.index + 1, MODIFIER_SKIPS);
      if (noun >= 0) negated.add(noun);
    }
    // "stopped short of a veto", "rather than a vote".
    if (t.pos === 'NOUN' && isRefusedAt(tokens, getPhraseStart(tokens, t.index))) negated.add(t.index);
    // "the threat of a US veto", "fears of a withdrawal", "the prospect of talks".
    // "talk of a veto", but "talks of the Quartet" are talks.
    const isHead =
      t.pos === 'NOUN' && tokens[t.index + 1]?.lemma === 'of' && t.text.toLowerCase() !== 'talks';
    const head = isHead ? HEAD_NOUN_MODALITY.get(t.lemma) : undefined;
    if (head) {
      const noun = nextNoun(tokens, t.index + 2, NAMED_OBJECT_SKIPS);
      if (noun >= 0 && !modality.has(noun)) modality.set(noun, head);
    }
  }
  for (const g of groups) {
    // The tagger puts a verb's particle in its group or just after it ("ruled out", "called off").
    const particle = CALLING_OFF_PHRASAL.get(g.lemma);
    // Looked for only after a verb that takes one: this runs for every verb group.
    const at =
      particle === undefined
        ? undefined
        : [g.last, g.last + 1].find((k) => k > g.head && tokens[k]?.lemma === particle);
    // "ruled out a veto", "called off the talks".
    if (particle !== undefined && at !== undefined) {
      const object = nextNoun(tokens, skipAdverbial(tokens, at + 1), NAMED_OBJECT_SKIPS);
      if (object >= 0) negated.add(object);
      continue;
    }
    // "called for a vote", "pushed on Monday for a veto": requested, not held.
    const forAt = skipAdverbial(tokens, g.last + 1);
    if (ASKING_FOR.has(g.lemma) && tokens[forAt]?.lemma === 'for') {
      const object = nextNoun(tokens, forAt + 1, NAMED_OBJECT_SKIPS);
      if (object >= 0 && !modality.has(object)) modality.set(object, 'hypothetical');
      continue;
    }
    // "hinted at a veto", "warned of a withdrawal", "spoke of talks": named as a topic, not told.
    // "reacting to the veto", "objected to the vote": what is answered is a topic too.
    const link = tokens[forAt]?.lemma ?? '';
    if (
      (TOPIC_VERBS.has(g.lemma) && TOPIC_LINKS.has(link)) ||
      (ANSWERING_VERBS.has(g.lemma) && link === 'to')
    ) {
      const object = nextNoun(tokens, forAt + 1, NAMED_OBJECT_SKIPS);
      if (object >= 0 && !modality.has(object)) modality.set(object, 'hypothetical');
      continue;
    }
    // "The meeting between Kerry and Netanyahu was cancelled": a passive calling-off denies its subject.
    if (g.voice === 'passive' && CALLING_OFF.has(g.lemma)) {
      const subject = findNounBefore(tokens, g.first, SUBJECT_PHRASE_SKIPS, 10);
      if (subject >= 0) negated.add(subject);
    }
    // "A veto is likely", "a meeting seemed unlikely", "talks are planned": the subject is
    // predicted or scheduled, not reported.
    const predicate = getPredicateModality(tokens, g);
    if (predicate) {
      const subject = findNounBefore(tokens, g.first, SUBJECT_PHRASE_SKIPS, 10);
      if (subject >= 0 && !modality.has(subject)) modality.set(subject, predicate);
    }
    // "A US veto could have stopped it": an indefinite subject of a counterfactual is no more
    // real than the verb ("the US veto could damage ties" presupposes the veto: not this).
    if (g.modality === 'hypothetical' || g.modality === 'conditional') {
      const subject = getIndefiniteSubject(tokens, g.first);
      if (subject >= 0 && !modality.has(subject)) modality.set(subject, g.modality);
    }
    // "was not put to a vote", "never came to a vote": the idiom names the vote as its object.
    const idiomObject = TO_A_VOTE.has(g.lemma) ? findToPhrase(tokens, g.last + 1) : -1;
    const object = nextNoun(
      tokens,
      idiomObject >= 0 ? idiomObject : skipAdverbial(tokens, g.last + 1),
      NAMED_OBJECT_SKIPS,
    );
    if (object < 0) continue;
    const given = OBJECT_GOVERNORS.has(g.lemma) ? GOVERNOR_MODALITY.get(g.lemma) : undefined;
    // "has a veto", "holds veto power": owning the means is no use of it.
    const owned = POSSESSION.has(g.lemma) ? 'hypothetical' : undefined;
    const mood = given ?? owned ?? (g.modality !== 'asserted' ? g.modality : undefined);
    if (mood && !modality.has(object)) modality.set(object, mood);
    // "cancelled a meeting", "postponed the vote": the happening named did not take place.
    if (g.negated || CALLING_OFF.has(g.lemma) || DENYING_VERBS.has(g.lemma)) negated.add(object);
    // "refused a meeting with Abbas", "rejected the vote", "declined the invitation to the talks":
    // what the subject refused is no happening of its own, nor is what that object leads to.
    if (REFUSING.has(g.lemma)) {
      negated.add(object);
      const nested = getNestedNoun(tokens, object);
      if (nested >= 0) negated.add(nested);
    }
  }
  setComplementMood(tokens, groups, modality);
  return { modality, negated };
}

/** Verbs that hold a vote when "to a vote" follows: "put the draft to a vote". */
const TO_A_VOTE = new Set(['put', 'bring', 'take', 'come', 'go', 'force', 'push']);

const PHRASE_PARTS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The token after "to" that closes the verb's object ("put [its draft] to a vote"), or -1. */
function findToPhrase(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k]!.lemma === 'to') return k + 1;
    if (!PHRASE_PARTS.has(tokens[k]!.pos)) return -1;
  }
  return -1;
}

const COPULAS = new Set(['be', 'seem', 'appear', 'look', 'remain', 'become']);

/** "is likely", "seemed unlikely", "is expected", "were planned": the mood a predicate gives
 *  its subject, if any. */
function getPredicateModality(tokens: readonly Token[], g: VerbGroup): Modality | undefined {
  if (g.voice === 'passive') return PASSIVE_PREDICATE_MODALITY.get(g.lemma);
  if (!COPULAS.has(g.lemma)) return undefined;
  let k = g.last + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k];
  return adjective?.pos === 'ADJ' ? PREDICATE_MODALITY.get(adjective.lemma) : undefined;
}

// Verbs whose object is a happening they do not assert: "threatened a veto", "sought a vote".
const OBJECT_GOVERNORS = new Set([
  'threaten',
  'plan',
  'expect',
  'seek',
  'propose',
  'demand',
  'want',
  'request',
  'consider',
  'schedule',
  'weigh',
  'prepare',
  'promise',
  'pledge',
  'vow',
  'urge',
  'predict',
  'anticipate',
]);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const POSSESSION = new Set(['have', 'possess', 'wield', 'retain']);
const CALLING_OFF = new Set([
  'withhold',
  'forgo',
  'forego',
  'cancel',
  'postpone',
  'delay',
  'scrap',
  'abandon',
  'skip',
  'boycott',
  'defer',
  'avert',
  'avoid',
  'shelve',
  'forestall',
]);
const REFUSING = new Set(['refuse', 'reject', 'decline', 'spurn', 'snub', 'shun', 'rebuff']);
const NESTING = new Set(['to', 'for', 'of']);

/** "the invitation to the Paris talks": the noun a refused noun leads to, or -1. */
function getNestedNoun(tokens: readonly Token[], object: number): number {
  return NESTING.has(tokens[object + 1]?.lemma ?? '') ? nextNoun(tokens, object + 2, NAMED_OBJECT_SKIPS) : -1;
}

// Phrasal verbs that call a happening off or refuse it: "ruled out a veto", "called off the talks".
const CALLING_OFF_PHRASAL: ReadonlyMap<string, string> = new Map([
  ['rule', 'out'],
  ['call', 'off'],
]);
// "called for a vote", "pushed for a US veto": what is asked for has not happened.
const ASKING_FOR = new Set([
  'call',
  'push',
  'press',
  'ask',
  'appeal',
  'lobby',
  'campaign',
  'clamour',
  'argue',
]);
// "hinted at a veto", "spoke of a withdrawal": what is talked about is not reported as done.
const TOPIC_VERBS = new Set(['hint', 'warn', 'speak', 'talk', 'muse', 'caution', 'fret', 'worry']);
const TOPIC_LINKS = new Set(['at', 'of', 'about']);
const ANSWERING_VERBS = new Set(['react', 'respond', 'reply', 'object', 'refer', 'allude']);
const MODIFIER_SKIPS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'VERB']);
// "for a US veto": a name may modify what is asked for.
const NAMED_OBJECT_SKIPS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);

const SUBJECT_SKIPS = new Set(['ADP', 'PROPN', 'NUM', 'ADV', 'DET', 'ADJ']);
const NOUN_PHRASE_PARTS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const INDEFINITE = new Set(['a', 'an', 'any']);

/** The noun just before a verb group ("a veto on Monday could…") when "a", "an" or "any"
 *  introduces it; -1 otherwise. */
function getIndefiniteSubject(tokens: readonly Token[], groupFirst: number): number {
  const nearest = findNounBefore(tokens, groupFirst, SUBJECT_SKIPS, 6);
  if (nearest < 0) return -1;
  const noun = getPhraseHead(tokens, nearest);
  let k = noun - 1;
  while (k >= 0 && NOUN_PHRASE_PARTS.has(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.pos === 'DET' && INDEFINITE.has(tokens[k]!.lemma) ? noun : -1;
}

/** "a veto in those circumstances", "a vote on the text": the noun a prepositional phrase hangs
 *  on heads the subject, not the phrase's own noun. */
function getPhraseHead(tokens: readonly Token[], noun: number): number {
  let k = noun;
  for (;;) {
    let j = k - 1;
    while (j >= 0 && PHRASE_MODIFIERS.has(tokens[j]!.pos)) j--;
    if (tokens[j]?.pos !== 'ADP' || tokens[j - 1]?.pos !== 'NOUN') return k;
    k = j - 1;
  }
}

const PHRASE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);

/** Past a date or time phrase between a verb and its object ("denied on Monday meeting Abbas"):
 *  the index of the first token after it, or `from` when there is none. */
function skipAdverbial(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.pos !== 'ADP' || tokens[k]?.lemma === 'for') return k;
  let end = k + 1;
  while (tokens[end]?.pos === 'PROPN' || tokens[end]?.pos === 'NUM') end++;
  return end > k + 1 && DAY_WORDS.test(tokens[end - 1]!.text) ? end : from;
}

const DAY_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4})$/;

const SUBJECT_PHRASE_SKIPS = new Set(['ADP', 'PROPN', 'NUM', 'ADV', 'DET', 'ADJ', 'CCONJ']);

/** The nearest common noun before `groupFirst`, within `reach` tokens and across the given tags
 *  only ("the meeting between Kerry and Netanyahu on Monday was…"); -1 if none. */
function findNounBefore(
  tokens: readonly Token[],
  groupFirst: number,
  skips: ReadonlySet<string>,
  reach: number,
): number {
  for (let k = groupFirst - 1; k >= Math.max(0, groupFirst - reach); k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return k;
    if (!skips.has(t.pos)) return -1;
  }
  return -1;
}

/** The first common noun after `from`, across the given tags only. */
function nextNoun(tokens: readonly Token[], from: number, skips: ReadonlySet<string>): number {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const pos = tokens[k]!.pos;
    // The last noun of a compound is its head: "an emergency meeting", "a ceasefire vote".
    if (pos === 'NOUN') return tokens[k + 1]?.pos === 'NOUN' ? nextNoun(tokens, k + 1, skips) : k;
    // A possessive pronoun is a determiner here: "used its veto".
    if (!skips.has(pos) && !POSSESSIVES.has(tokens[k]!.lemma)) return -1;
  }
  return -1;
}
