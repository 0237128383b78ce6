// Whether a name after a trigger belongs to the trigger's own clause, and so may be its target.
// Three ways a later name belongs to something else:
//   a relative clause: "rejected the ceasefire draft that Kerry had been pressing" (Kerry is the
//     subject of "pressing", not whom the draft was rejected to);
//   another verb joined to the clause: "cut short a visit to Canada and cancelled a meeting with
//     Obama" (Obama is the partner of the cancelled meeting, not of the visit);
//   a request: "met in emergency session at Turkey's request", "at the request of Egypt"
//     (who asked for it, not who was met).
import { getEventFamily } from '../../domain/event-types.ts';
import type { SentenceLanguage, Span, Token } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Whether the name at `name` (sentence offsets) may be a target of the trigger before it. */
export function isInTriggerClause(
  language: SentenceLanguage,
  sentence: string,
  trigger: TriggerMatch,
  name: Span,
): boolean {
  if (isRequester(sentence, name)) return false;
  return !findBreak(language, trigger, name, (k) => isCoordinated(language.tokens, k));
}

/**
 * Whether a name after the trigger is its target: in its own clause, and for talks, a call or a
 * visit with no verb between ("telephoned him to say that the deal would cut off Iran's paths":
 * what was said is the call's topic, not whom it was with).
 */
export function isOwnTargetSpan(
  language: SentenceLanguage,
  sentence: string,
  trigger: TriggerMatch,
  name: Span,
): boolean {
  if (getEventFamily(trigger.trigger.type) === 'consult' && isTopicOfTalk(language, trigger, name))
    return false;
  return isInTriggerClause(language, sentence, trigger, name);
}

// Verbs that go on telling the talk itself: "flew to London to meet Erekat", "said in a phone
// call, Biden told Netanyahu".
const TALK_VERBS = new Set([
  'meet',
  'tell',
  'speak',
  'talk',
  'phone',
  'call',
  'visit',
  'see',
  'hold',
  'join',
]);

/** A "that" clause or another verb between a talk and a name: what was said, not who talked. */
function isTopicOfTalk(language: SentenceLanguage, trigger: TriggerMatch, name: Span): boolean {
  const { tokens } = language;
  for (let k = trigger.lastToken + 1; k < tokens.length && tokens[k]!.start < name.start; k++) {
    const token = tokens[k]!;
    if (token.lemma === 'that' && token.pos !== 'DET') return true;
    if (token.pos === 'VERB' && !isTriggerGroup(language, trigger, k) && !TALK_VERBS.has(token.lemma))
      return true;
  }
  return false;
}

/**
 * Whether a place after the trigger is where the trigger's own happening took place: no verb of
 * any kind stands between them ("adopted a resolution demanding that Israel stop building
 * settlements in the West Bank" was not adopted in the West Bank), nor a relative clause.
 */
export function isInTriggerPhrase(language: SentenceLanguage, trigger: TriggerMatch, place: Span): boolean {
  return !findBreak(language, trigger, place, (k) => !isInsideNoun(language, k));
}

/** A relative pronoun after a noun, or a verb `isBreak` accepts, between the trigger and `at`. */
function findBreak(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  at: Span,
  isBreak: (k: number) => boolean,
): boolean {
  const { tokens } = language;
  const first = tokens.findIndex((t) => t.start >= at.start);
  if (first < 0) return false;
  for (let k = trigger.lastToken + 1; k < first; k++) {
    const token = tokens[k]!;
    const before = tokens[k - 1]!;
    if (RELATIVE.has(token.lemma) && (before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
    if (token.pos === 'VERB' && !isTriggerGroup(language, trigger, k) && isBreak(k)) return true;
  }
  return false;
}

const REQUEST_OF = /\bat\s+(?:the\s+)?request\s+of\s+(?:the\s+)?$/i;
const AT = /\bat\s+(?:the\s+)?$/i;
const OWN_REQUEST = /^['’]s?\s+(?:[a-z]+\s+)?request\b/i;

/** "at Turkey's request", "at the request of Egypt": the name asked for the happening. */
function isRequester(sentence: string, name: Span): boolean {
  const before = sentence.slice(Math.max(0, name.start - 40), name.start);
  return REQUEST_OF.test(before) || (AT.test(before) && OWN_REQUEST.test(sentence.slice(name.end)));
}

/**
 * A verb joined to the clause by "and", "but" or a comma ("…and cancelled a meeting with Obama",
 * "…, unanimously rejected"): a happening of its own. A verb the trigger governs ("decided to
 * remove Arafat", "a resolution demanding that Israel…") tells the trigger's content, whose names
 * stay its targets.
 */
function isCoordinated(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j--;
  const joiner = tokens[j];
  return joiner !== undefined && (joiner.pos === 'CCONJ' || joiner.text === ',' || joiner.text === ';');
}

/** A participle inside a noun phrase ("a US-drafted resolution") is no verb of its own. */
function isInsideNoun(language: SentenceLanguage, k: number): boolean {
  return language.chunks.some((c) => c.first < k && k < c.last) || language.tokens[k - 1]?.text === '-';
}

/** A word of the trigger's own verb group ("has been meeting"). */
function isTriggerGroup(language: SentenceLanguage, trigger: TriggerMatch, k: number): boolean {
  const group = language.verbGroups.find((g) => g.first <= trigger.token && trigger.token <= g.last);
  return group !== undefined && group.first <= k && k <= group.last;
}
