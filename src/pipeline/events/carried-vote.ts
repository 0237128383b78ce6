// "The General Assembly voted 144 to 4 to demand that Israel halt the barrier", "approved it by
// 107 votes to 14": a body that votes and carries the count has adopted the text it voted on.
// Only a body's vote counts (a state's "voted 14 to 1" is no sense), and only a count the ayes
// won: "failed by 7 votes to 8" adopted nothing.
import type { ActorKind } from '../../domain/dataset-schema.ts';
import type { EventType } from '../../domain/event-types.ts';
import type { TriggerMatch } from './find-triggers.ts';

// Right after the verb (a date or "on Tuesday evening" may stand between): "144 to 4",
// "by 107 votes to 14", "14-0", "by 14 votes to none".
const COUNT =
  /^(?:\s+(?:on|late|early|in)\b[^,.;]{0,30}?)?\s+(?:by\s+)?(\d{1,3})(?:\s+votes?)?\s*(?:to|-|–)\s*(\d{1,3}|none|nil)\b/i;

/** The type a body's vote carried by a majority reports: the text it voted on adopted. */
export function getCarriedVoteType(
  sentence: string,
  trigger: TriggerMatch,
  agentIds: readonly string[],
  kindOf: (id: string) => ActorKind | undefined,
): EventType | null {
  if (trigger.trigger.type !== 'vote' || trigger.trigger.noun || !/^vot/i.test(trigger.text)) return null;
  if (agentIds.length === 0 || !agentIds.every((id) => kindOf(id) === 'organization')) return null;
  const count = COUNT.exec(sentence.slice(trigger.end));
  if (!count) return null;
  const [ayes, noes] = [Number(count[1]), /^\d/.test(count[2]!) ? Number(count[2]) : 0];
  return ayes > noes ? 'resolution-adopted' : null;
}

// The bodies that decide by resolution: whatever they endorse, approve or authorise, they adopt a text.
const RESOLVING_BODIES = new Set(['un-security-council', 'un-general-assembly', 'un-human-rights-council']);
const ENDORSING = /^(?:endors|approv|authori[sz])/i;

/** "The Security Council endorsed the plan": a resolving body's approval is a resolution adopted. */
export function getBodyDecisionType(trigger: TriggerMatch, agentIds: readonly string[]): EventType | null {
  if (trigger.trigger.type !== 'decision' || trigger.trigger.noun) return null;
  if (!ENDORSING.test(trigger.text)) return null;
  return agentIds.length > 0 && agentIds.every((id) => RESOLVING_BODIES.has(id))
    ? 'resolution-adopted'
    : null;
}
