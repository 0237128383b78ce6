// "The United States and Israel voted against, together with Austria, Hungary and Paraguay": in a
// vote or an abstention the names joined on by "together with", "along with", "joined by" or "as
// did" cast the same vote. A vote has no target, so they are agents, never targets.
import type { EventType } from '../../domain/event-types.ts';
import type { ActorMention } from '../types.ts';

const JOINING = /\b(?:together with|along with|joined by|as did)\b/i;
const CAST_TOGETHER = new Set<EventType>(['vote', 'abstention']);

/** Agents and targets with the names a joining phrase adds to a vote moved to the agents. */
export function joinCoAgents(
  type: EventType,
  sentence: string,
  sentenceStart: number,
  triggerEnd: number,
  roles: { readonly agentIds: readonly string[]; readonly targetIds: readonly string[] },
  mentions: readonly ActorMention[],
) {
  if (!CAST_TOGETHER.has(type) || roles.agentIds.length === 0) return roles;
  const joining = JOINING.exec(sentence.slice(triggerEnd));
  if (!joining) return roles;
  const from = triggerEnd + joining.index;
  const joined = roles.targetIds.filter((id) =>
    mentions.some((m) => m.actorId === id && m.start - sentenceStart > from),
  );
  return {
    agentIds: [...roles.agentIds, ...joined],
    targetIds: roles.targetIds.filter((id) => !joined.includes(id)),
  };
}
