// A precomputed index so filtering 50,000 events is a few array passes: for each actor and type
// the ascending positions of its events, and one folded search text per event.
import type { Actor, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { foldText } from './fold-text.ts';

/** What the index needs to know about an actor to make its names searchable. */
export type SearchableActor = Pick<Actor, 'name'> & Partial<Pick<Actor, 'aliases'>>;

export interface FilterIndex {
  /** The array the index was built from; positions below point into it. */
  readonly events: readonly DiplomaticEvent[];
  /** Actor id → ascending positions of the events that involve the actor. */
  readonly byActor: ReadonlyMap<string, Uint32Array>;
  /** Event type → ascending positions of the events of that type. */
  readonly byType: ReadonlyMap<string, Uint32Array>;
  /** Per event, folded title, place, source sentences and actor names, one per line. */
  readonly haystacks: readonly string[];
}

/**
 * Builds the index once per dataset. Pass `actorsById` to make actor names and aliases searchable;
 * without it only the title, place and source sentences are.
 */
export function buildFilterIndex(
  events: readonly DiplomaticEvent[],
  actorsById?: ReadonlyMap<string, SearchableActor>,
): FilterIndex {
  const actorLists = new Map<string, number[]>();
  const typeLists = new Map<string, number[]>();
  // Actor names repeat across thousands of events: fold each actor's names once.
  const foldedActors = new Map<string, string>();
  const getFoldedActor = (actorId: string) => {
    let folded = foldedActors.get(actorId);
    if (folded === undefined) {
      const actor = actorsById?.get(actorId);
      folded = actor ? foldText([actor.name, ...(actor.aliases ?? [])].join('\n')) : '';
      foldedActors.set(actorId, folded);
    }
    return folded;
  };
  const haystacks: string[] = new Array<string>(events.length);
  events.forEach((event, position) => {
    for (const actorId of new Set(event.actorIds)) push(actorLists, actorId, position);
    push(typeLists, event.type, position);
    // Lines keep terms from matching across two fields: a term never contains a line break.
    const own = [event.title, event.place ?? '', ...event.sources.map((s) => s.text)].join('\n');
    const names = actorsById ? event.actorIds.map(getFoldedActor) : [];
    haystacks[position] = [foldText(own), ...names].join('\n');
  });
  return { events, byActor: toTypedLists(actorLists), byType: toTypedLists(typeLists), haystacks };
}

function push(lists: Map<string, number[]>, key: string, position: number): void {
  const list = lists.get(key);
  if (list) list.push(position);
  else lists.set(key, [position]);
}

function toTypedLists(lists: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...lists].map(([key, positions]) => [key, Uint32Array.from(positions)]));
}
