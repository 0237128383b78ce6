// Who did what an infinitive reports when a verb governs it through its object: in "a vote that
// prompted the United States to cut off its funding" the United States alone cut it, whatever
// else the sentence names before ("a victory for Abbas that prompted…" is no Palestinian cut).
// Only governors after which the infinitive happened (prompted, forced, led, allowed X to V):
// "urged X to V" or "asked X to V" tell an appeal, and the layer leaves that V unhappened.
import type { ActorMention, SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const OBJECT_CONTROL = new Set([
  'prompt',
  'force',
  'lead',
  'cause',
  'compel',
  'oblige',
  'drive',
  'spur',
  'persuade',
  'convince',
  'allow',
  'let',
  'enable',
  'help',
]);

// Between the governor and its object: a determiner or an adverb ("prompted the US", "finally
// forced Israel").
const BEFORE_OBJECT = new Set(['DET', 'ADV']);

/** The ids named as the governor's object, or [] when the trigger is no such infinitive. */
export function getControlledAgents(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): string[] {
  if (trigger.trigger.noun) return [];
  const { tokens } = language;
  const to = tokens[trigger.token - 1];
  if (to?.lemma !== 'to' || trigger.token < 2) return [];
  // The object: the names ending right before "to", joined by "and" ("forced Israel and Egypt to").
  const objectEnd = tokens[trigger.token - 2]!.end;
  const named = mentions.filter((m) => m.end - sentenceStart <= objectEnd);
  const agents: ActorMention[] = [];
  let end = objectEnd;
  for (const mention of [...named].reverse()) {
    const gap = language.tokens.filter((t) => t.start >= mention.end - sentenceStart && t.end <= end);
    if (agents.length === 0 ? gap.length > 0 : !gap.every((t) => t.lemma === 'and' || t.text === ',')) break;
    agents.unshift(mention);
    end = mention.start - sentenceStart;
  }
  if (agents.length === 0) return [];
  let k = tokens.findIndex((t) => t.start >= agents[0]!.start - sentenceStart) - 1;
  while (k >= 0 && BEFORE_OBJECT.has(tokens[k]!.pos)) k--;
  const governor = tokens[k];
  return governor && governor.pos === 'VERB' && OBJECT_CONTROL.has(governor.lemma)
    ? [...new Set(agents.map((m) => m.actorId))]
    : [];
}
