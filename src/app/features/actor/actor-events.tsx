// The actor's events, in the date order the app gives them, each a button that opens the event.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventId } from '../../../domain/ids.ts';
import { formatEventDate } from '../../../domain/format-date.ts';

export interface ActorEventsProps {
  readonly events: readonly DiplomaticEvent[];
  readonly onSelectEvent: (id: EventId) => void;
}

export function ActorEvents({ events, onSelectEvent }: ActorEventsProps) {
  if (events.length === 0) return <p className="actor-panel__muted">No events in the dataset.</p>;
  return (
    <ol className="actor-panel__events">
      {events.map((event) => (
        <li key={event.id}>
          <button type="button" className="actor-panel__event" onClick={() => onSelectEvent(event.id)}>
            <time className="actor-panel__event-date" dateTime={event.date}>
              {formatEventDate(event.date, event.precision, event.endDate)}
            </time>
            {/* Read as "15 January 2017: Title" rather than running the date into the title. */}
            <span className="visually-hidden">:</span>{' '}
            <bdi className="actor-panel__event-title">{event.title}</bdi>
          </button>
        </li>
      ))}
    </ol>
  );
}
