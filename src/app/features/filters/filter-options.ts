// The choices the filter controls offer, with how many events each would match on its own.
import type { EventType } from '../../../domain/event-types.ts';
import { EVENT_TYPES } from '../../../domain/event-types.ts';
import type { FilterIndex } from './filter-index.ts';

export interface ActorOption {
  readonly id: string;
  readonly name: string;
  /** Events involving the actor. */
  readonly count: number;
}

export interface TypeOption {
  readonly id: EventType;
  readonly label: string;
  readonly count: number;
}

/** Every actor that appears in an event, most events first, then by name. Unknown ids show as themselves. */
export function getActorOptions(
  index: FilterIndex,
  actorsById: ReadonlyMap<string, { readonly name: string }>,
): ActorOption[] {
  const options = [...index.byActor].map(([id, positions]) => ({
    id,
    name: actorsById.get(id)?.name ?? id,
    count: positions.length,
  }));
  return options.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** Every event type in taxonomy order, zero counts included so a chosen type can always be unchosen. */
export function getTypeOptions(index: FilterIndex): TypeOption[] {
  return EVENT_TYPES.map((t) => ({ id: t.id, label: t.label, count: index.byType.get(t.id)?.length ?? 0 }));
}
