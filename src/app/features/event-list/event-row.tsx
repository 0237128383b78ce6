// One list row: a button naming the date, the title and the type, in that order.
import { memo } from 'react';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getEventTypeLabel } from '../../../domain/event-types.ts';
import type { EventId } from '../../../domain/ids.ts';

export interface EventRowProps {
  readonly event: DiplomaticEvent;
  /** Zero-based place in the whole list. */
  readonly index: number;
  /** Length of the whole list, not of the rendered window. */
  readonly setSize: number;
  readonly dateText: string;
  readonly isSelected: boolean;
  /** The one row reached with Tab (roving tab index). */
  readonly isTabStop: boolean;
  /** Offset from the top of the list in pixels; null when printing (rows flow normally). */
  readonly top: number | null;
  readonly height: number;
  onSelect(id: EventId): void;
  onFocusRow(index: number): void;
}

export const EventRow = memo(function EventRow(props: EventRowProps) {
  const { event, index, isSelected, top } = props;
  return (
    <li
      className="event-list__item"
      style={top === null ? undefined : { top, height: props.height }}
      aria-setsize={props.setSize}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        className="event-list__button"
        data-index={index}
        tabIndex={props.isTabStop ? 0 : -1}
        aria-current={isSelected ? 'true' : undefined}
        onClick={() => props.onSelect(event.id)}
        onFocus={() => props.onFocusRow(index)}
      >
        <time className="event-list__date" dateTime={event.date}>
          {props.dateText}
        </time>
        <span className="event-list__separator">, </span>
        <span className="event-list__title">{event.title}</span>
        <span className="event-list__separator">, </span>
        <span className="event-list__type">{getEventTypeLabel(event.type)}</span>
      </button>
    </li>
  );
});
