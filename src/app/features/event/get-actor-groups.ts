import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { ActorId } from '../../../domain/ids.ts';

export interface ActorGroup {
  readonly label: string;
  readonly ids: readonly ActorId[];
}

/** Groups an event's actors by role, in order: agents, targets, then anyone else listed as involved. */
export function getActorGroups(
  event: Pick<DiplomaticEvent, 'actorIds' | 'agentIds' | 'targetIds'>,
): readonly ActorGroup[] {
  const placed = new Set<string>([...event.agentIds, ...event.targetIds]);
  const others = event.actorIds.filter((id) => !placed.has(id));
  const groups = [
    { label: 'Who acted', ids: event.agentIds },
    { label: 'Toward whom', ids: event.targetIds },
    { label: placed.size === 0 ? 'Involved' : 'Also involved', ids: others },
  ];
  return groups.filter((group) => group.ids.length > 0);
}
