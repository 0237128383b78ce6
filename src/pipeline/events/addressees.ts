// Whom a statement was made to: only an actor right after a verb of saying ("told Netanyahu",
// "addressed the Security Council", "wrote to Abbas"), and any joined to it by "and". Anyone
// else the sentence names (a spokesman quoting, a partner at a joint press conference, a
// country the content is about) is not the statement's target.
import type { ActorMention } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const ADDRESSEE_GAP = /^\s*(?:to\s+)?(?:the\s+)?$/i;
const JOINER = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;

export function getAddressees(
  sentence: string,
  sentenceStart: number,
  triggers: readonly TriggerMatch[],
  mentions: readonly ActorMention[],
): string[] {
  const rel = (m: ActorMention) => m.start - sentenceStart;
  const found: string[] = [];
  for (const speech of triggers.filter((t) => t.trigger.type === 'statement' && !t.trigger.noun)) {
    let end = speech.end;
    for (const mention of mentions.filter((m) => rel(m) >= speech.end)) {
      const gap = sentence.slice(end, rel(mention));
      const isFirst = end === speech.end;
      if (!(isFirst ? ADDRESSEE_GAP : JOINER).test(gap)) break;
      found.push(mention.actorId);
      end = mention.end - sentenceStart;
    }
  }
  return [...new Set(found)];
}
