// Only the Security Council's five permanent members hold a veto there (UN Charter, Article 27),
// so a state that is not one of them is no co-author of a council veto it is named beside ("Israel
// and the United States" read from "Israel thanked the United States for its veto"), and a
// permanent member named only as a target of a veto with no agent cast it ("The veto,
// Washington's 43rd, came on Tuesday"). Vetoes elsewhere (a president's, a cabinet's) are cast by
// people and bodies, which this leaves alone.
import type { ActorKind } from '../../domain/dataset-schema.ts';

export const PERMANENT_MEMBERS: ReadonlySet<string> = new Set([
  'united-states',
  'united-kingdom',
  'france',
  'russia',
  'china',
]);

export function getVetoRoles(
  agentIds: readonly string[],
  targetIds: readonly string[],
  kindOf: (id: string) => ActorKind | undefined,
): { agentIds: string[]; targetIds: string[] } {
  const isOtherState = (id: string) => kindOf(id) === 'state' && !PERMANENT_MEMBERS.has(id);
  if (agentIds.length === 0) {
    const members = targetIds.filter((id) => PERMANENT_MEMBERS.has(id));
    if (members.length === 0) return { agentIds: [], targetIds: [...targetIds] };
    return { agentIds: members, targetIds: targetIds.filter((id) => !members.includes(id)) };
  }
  // "It vetoed ceasefire demands" read beside Hamas, "Washington… at the United Nations":
  // with a permanent member casting it, no organisation did.
  if (agentIds.some((id) => PERMANENT_MEMBERS.has(id)))
    return {
      agentIds: agentIds.filter((id) => PERMANENT_MEMBERS.has(id) || kindOf(id) === 'person'),
      targetIds: [...targetIds, ...agentIds.filter(isOtherState)],
    };
  const kept = agentIds.filter((id) => !isOtherState(id));
  if (kept.length === 0 || kept.length === agentIds.length)
    return { agentIds: [...agentIds], targetIds: [...targetIds] };
  return { agentIds: kept, targetIds: [...targetIds, ...agentIds.filter(isOtherState)] };
}

/**
 * A member abstains, the body does not: "adopted by 14 votes to none, with the United States
 * abstaining" is the United States' abstention alone, whatever body the clause names beside it.
 */
export function getAbstentionAgents(
  agentIds: readonly string[],
  kindOf: (id: string) => ActorKind | undefined,
): string[] {
  const members = agentIds.filter((id) => kindOf(id) !== 'organization');
  return members.some((id) => kindOf(id) === 'state') ? members : [...agentIds];
}
