// Who acted and toward whom, from word order around the clause's main trigger:
// mentions before it are agents, after it targets ("Kerry phones Netanyahu"), except an actor
// introduced by "by" right after the trigger, which is the agent of a passive
// ("was prevented by the US from publishing").
import type { ActorMention, Span } from '../types.ts';

export interface Roles {
  readonly agentIds: string[];
  readonly targetIds: string[];
  /** "…, diplomats said": the speaker is named by no actor, so nobody else is made the agent. */
  readonly unnamedSpeaker?: true;
}

const PASSIVE_BY = /^[\s\w]{0,12}?\bby\s+(?:(?:the|a|an)\s+)?$/i;
// "vetoed by the US and Britain": names listed right after the passive agent act with it.
const LISTED = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$/i;
// "spoke with Netanyahu", "talks with Israeli Prime Minister …": the partner is a target even
// when the trigger word comes later in the clause.
const WITH_PARTNER = /\bwith\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$/;

export function assignRoles(
  sentence: string,
  sentenceStart: number,
  pivot: Span,
  mentions: readonly ActorMention[],
): Roles {
  const agents: string[] = [];
  const targets: string[] = [];
  let passiveAgentFound = false;
  let previousEnd = -1;
  let previousWasAgent = false;
  for (const mention of mentions) {
    const wasAgent = previousWasAgent;
    const sinceLast = previousEnd < 0 ? '' : sentence.slice(previousEnd, mention.start - sentenceStart);
    previousEnd = mention.end - sentenceStart;
    previousWasAgent = false;
    const start = mention.start - sentenceStart;
    if (start < pivot.start) {
      const before = sentence.slice(Math.max(0, start - 60), start);
      (WITH_PARTNER.test(before) && agents.length > 0 ? targets : agents).push(mention.actorId);
      continue;
    }
    const between = sentence.slice(pivot.end, start);
    if (!passiveAgentFound && PASSIVE_BY.test(between)) {
      passiveAgentFound = true;
      previousWasAgent = true;
      // In a passive the grammatical subject is acted upon: swap it into the targets.
      targets.unshift(...agents.splice(0));
      agents.push(mention.actorId);
      continue;
    }
    if (wasAgent && LISTED.test(sinceLast)) {
      previousWasAgent = true;
      agents.push(mention.actorId);
      continue;
    }
    targets.push(mention.actorId);
  }
  const agentIds = unique(agents);
  return { agentIds, targetIds: unique(targets).filter((id) => !agentIds.includes(id)) };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
