// What a trigger read as a noun says of itself, from its own noun phrase:
//   who acted: the name that owns or modifies it ("a US veto", "Washington's veto", "the
//     Council's third vote") is its agent, whatever the clause's subject ("Despite a US veto,
//     Algeria said…" is no Algerian veto);
//   whether the clause's date is its own: a noun in an opening "after", "following" or
//     "despite" phrase is recalled to set the scene, and the date of the main clause ("After the
//     US veto, Algeria said on Tuesday…") belongs to the main clause's verb;
//   whether it is judged rather than told: "Russia blamed the US veto for…", "thanked the United
//     States for its veto" name a happening as the object of a verdict given that day.
import type { ActorMention, SentenceLanguage, Token } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

// Between a name and the noun it modifies: "'s", a determiner or an ordinal ("US's third veto").
const MODIFIER_TAGS = new Set(['PART', 'ADJ', 'NUM']);
const SCENE_SETTERS = new Set(['after', 'following', 'despite', 'amid', 'since', 'before']);

// Verbs of judging whose object (or "for" phrase) is a happening judged, not told.
const JUDGING = new Set([
  'blame',
  'thank',
  'regret',
  'deplore',
  'lament',
  'slam',
  'protest',
  'defend',
  'justify',
  'applaud',
  'fault',
  'decry',
  'mourn',
  'celebrate',
]);

/** Whether the noun is what a verb of judging is about ("blamed the US veto", "thanked X for its
 *  veto") or the topic of talk ("asked about the veto", "a row over the vote"). */
export function isJudged(language: SentenceLanguage, trigger: TriggerMatch): boolean {
  const { tokens, verbGroups } = language;
  let k = trigger.token - 1;
  if (!trigger.trigger.noun) {
    // "thanked the United States for vetoing the draft", "accused Washington of blocking it":
    // a deed named by its verb after "for" or "of" is judged just as its noun would be.
    if (!/ing$/i.test(tokens[trigger.token]?.text ?? '') || !['for', 'of'].includes(tokens[k]?.lemma ?? ''))
      return false;
  } else {
    while (k >= 0 && NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) k--;
    // "asked about the veto", "a row over the vote": the noun is what is talked about.
    if (TOPIC_PREPOSITIONS.has(tokens[k]?.lemma ?? '')) return true;
  }
  // "thanked the United States for its veto": past the "for" to the verb and its object.
  const judgedVia = tokens[k]?.lemma;
  if (judgedVia === 'for' || (judgedVia === 'of' && !trigger.trigger.noun)) {
    k--;
    while (k >= 0 && (NOUN_PHRASE_TAGS.has(tokens[k]!.pos) || isDateWord(tokens[k]!))) k--;
  }
  const group = verbGroups.find((g) => g.last === k);
  return (
    group !== undefined &&
    (JUDGING.has(group.lemma) || (!trigger.trigger.noun && DEED_JUDGING.has(group.lemma)))
  );
}

/** "on Tuesday" between the verb's object and "for": "thanked the US on Tuesday for vetoing". */
const isDateWord = (token: Token) => token.pos === 'ADP' || /^\d/.test(token.text);

// "an inquiry into the raid": what is inquired into is the topic, not a happening told.
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning', 'over', 'into']);

// Verbs that judge a deed named by its gerund: "accused X of vetoing", "praised X for voting".
const DEED_JUDGING = new Set([
  'accuse',
  'criticise',
  'criticize',
  'praise',
  'condemn',
  'commend',
  'congratulate',
  'rebuke',
  'attack',
  'denounce',
  'punish',
  'credit',
  'chide',
  'berate',
  'castigate',
]);

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN', 'PRON']);

/** Actors whose name ends right before the noun, with only modifiers between; [] if none. */
export function getNounAgents(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): string[] {
  const last = getNounOwnerToken(language, trigger);
  const owner = last && mentions.find((m) => m.end - sentenceStart === last.end);
  return owner ? [owner.actorId] : [];
}

/** For a noun owned by a possessive pronoun ("its veto", "their vote"), the name it stands for:
 *  the nearest one before it in the sentence, as a reader resolves it ("the US voted against,
 *  killing the resolution with its veto"); [] otherwise. Only for a clause that names no agent of
 *  its own ("China and Russia cast their vetoes" is both of them). */
export function getPronounOwner(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): string[] {
  const last = getNounOwnerToken(language, trigger);
  if (!last || !POSSESSIVES.has(last.text.toLowerCase())) return [];
  let nearest: ActorMention | undefined;
  for (const m of mentions)
    if (m.end - sentenceStart <= last.start && (!nearest || m.end > nearest.end)) nearest = m;
  return nearest ? [nearest.actorId] : [];
}

const POSSESSIVES = new Set(['its', 'their']);

/** The token before the noun's modifiers ("US" in "the US's third veto"); undefined if none. */
function getNounOwnerToken(language: SentenceLanguage, trigger: TriggerMatch): Token | undefined {
  if (!trigger.trigger.noun) return undefined;
  const { tokens } = language;
  let k = trigger.token - 1;
  while (k >= 0 && (MODIFIER_TAGS.has(tokens[k]!.pos) || /^['’]s?$/.test(tokens[k]!.text))) k--;
  return tokens[k];
}

/** Whether the noun sits in a scene-setting phrase that does not hold the date at `at`. */
export function isSceneSetter(language: SentenceLanguage, trigger: TriggerMatch, at: number): boolean {
  if (!trigger.trigger.noun) return false;
  const { tokens } = language;
  const opener = findOpener(tokens, trigger.token);
  if (opener < 0) return false;
  const end = findPhraseEnd(tokens, trigger.lastToken);
  return at < tokens[opener]!.start || at >= end;
}

/** The "after"/"following"/"despite" that opens the noun's phrase, within a few words; -1. */
function findOpener(tokens: readonly Token[], noun: number): number {
  for (let k = noun - 1; k >= Math.max(0, noun - 5); k--) {
    const t = tokens[k]!;
    if (SCENE_SETTERS.has(t.lemma) || SCENE_SETTERS.has(t.text.toLowerCase())) return k;
    if (t.lemma === 'of' && TIME_RELATIONS.has(tokens[k - 1]?.lemma ?? ''))
      return getRelationStart(tokens, k - 1);
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return -1;
  }
  return -1;
}

// "within hours of the ruling", "in the wake of the vote", "on the eve of the summit": a time
// told relative to the noun's happening, recalled to set the scene like "after the ruling".
const TIME_RELATIONS = new Set(['minute', 'hour', 'day', 'week', 'wake', 'eve', 'ahead', 'aftermath']);

/** The first word of "within two hours", "in the wake": back over its preposition and count. */
function getRelationStart(tokens: readonly Token[], k: number): number {
  let start = k;
  while (start > 0 && ['ADP', 'DET', 'NUM', 'ADJ'].includes(tokens[start - 1]!.pos) && start > k - 3) start--;
  return start;
}

/** Where the phrase closes: the next comma (sentence offset). "after a public meeting was held
 *  on Sunday" opens a clause, whose date is the noun's own. */
function findPhraseEnd(tokens: readonly Token[], from: number): number {
  const comma = tokens.slice(from + 1).find((t) => t.text === ',');
  return comma ? comma.start : Number.POSITIVE_INFINITY;
}
