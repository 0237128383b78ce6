// "Who acted" / "Toward whom" rows of the event's facts. Known actors are buttons that open the
// actor panel; an id the map does not know (a partial map) is shown as plain text.
import type { Actor, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { ActorId } from '../../../domain/ids.ts';
import { getActorGroups } from './get-actor-groups.ts';

export interface EventActorsProps {
  readonly event: DiplomaticEvent;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly onSelectActor: (id: ActorId) => void;
}

export function EventActors({ event, actorsById, onSelectActor }: EventActorsProps) {
  return getActorGroups(event).map((group) => (
    <div key={group.label} className="event-panel__fact">
      <dt>{group.label}</dt>
      <dd>
        <ul className="event-panel__inline-list">
          {group.ids.map((id) => {
            const actor = actorsById.get(id);
            return (
              <li key={id}>
                {actor ? (
                  <button
                    type="button"
                    className="event-panel__link-button"
                    onClick={() => onSelectActor(id)}
                  >
                    <bdi>{actor.name}</bdi>
                  </button>
                ) : (
                  <bdi>{id}</bdi>
                )}
              </li>
            );
          })}
        </ul>
      </dd>
    </div>
  ));
}
