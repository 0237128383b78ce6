// Whom a statement was made to or about: only a name that is the whole object of the verb of
// saying, and any joined to it by "and". A bare object counts only after a verb that takes its
// addressee or its target so ("told Netanyahu", "addressed the Security Council", "accused
// Washington"); any verb of saying takes one after "to" ("wrote to Abbas"). Anyone else the
// sentence names (a spokesman quoting, a partner at a joint press conference, a country the
// content is about, "said Israel must explain") is not the statement's target, and neither is a
// name that only modifies the object ("condemned the Israeli raid", "welcomed Egypt's move").
import type { ActorMention, SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { ADDRESSING_VERBS, JUDGING_VERBS } from './speech-verbs.ts';

const BARE_GAP = /^\s*(?:the\s+)?$/i;
const ANY_GAP = /^\s*(?:to\s+)?(?:the\s+)?$/i;
const TO_GAP = /^\s*to\s+(?:the\s+)?$/i;
const JOINER = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;

export function getAddressees(
  sentence: string,
  sentenceStart: number,
  triggers: readonly TriggerMatch[],
  mentions: readonly ActorMention[],
  language: SentenceLanguage,
): { addressees: string[]; named: string[] } {
  const rel = (m: ActorMention) => m.start - sentenceStart;
  const found: string[] = [];
  // Names right after a verb of saying, whatever their part: involved in the statement (what it
  // reports is about them), though not told it.
  const named: string[] = [];
  for (const speech of triggers.filter((t) => !t.trigger.noun)) {
    const lemma = language.tokens[speech.token]?.lemma ?? '';
    if (speech.trigger.type !== 'statement' && !ADDRESSING_VERBS.has(lemma)) continue;
    const takesBare = ADDRESSING_VERBS.has(lemma) || JUDGING_VERBS.has(lemma);
    let end = speech.end;
    for (const mention of mentions.filter((m) => rel(m) >= speech.end)) {
      const gap = sentence.slice(end, rel(mention));
      if (!(end === speech.end ? ANY_GAP : JOINER).test(gap)) break;
      named.push(mention.actorId);
      end = mention.end - sentenceStart;
    }
    end = speech.end;
    for (const mention of mentions.filter((m) => rel(m) >= speech.end)) {
      const gap = sentence.slice(end, rel(mention));
      const isFirst = end === speech.end;
      const joins = isFirst ? (takesBare && BARE_GAP.test(gap)) || TO_GAP.test(gap) : JOINER.test(gap);
      if (!joins || isModifier(language, mention.end - sentenceStart)) break;
      found.push(mention.actorId);
      end = mention.end - sentenceStart;
    }
  }
  return { addressees: [...new Set(found)], named: [...new Set(named)] };
}

/** Whether the name ending at `end` modifies a noun after it ("the US veto", "Egypt's move"). */
function isModifier(language: SentenceLanguage, end: number): boolean {
  const next = language.tokens.find((t) => t.start >= end);
  if (!next) return false;
  return /^['’]s?$/.test(next.text) || next.pos === 'NOUN';
}
