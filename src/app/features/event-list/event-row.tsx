// One list row, a button with enough to choose by (information scent): the date and the type's
// mark, the title, the type in words, the first actors and a one-line excerpt of the sentence the
// event was read from. Screen readers hear them in that order, separated by commas. Dataset text is
// isolated (<bdi>), so a right-to-left title can never reorder the date beside it.
import { memo } from 'react';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getEventFamily, getEventTypeLabel } from '../../../domain/event-types.ts';
import type { EventId } from '../../../domain/ids.ts';
import { FamilyMark } from '../../ui/index.ts';

export interface EventRowProps {
  readonly event: DiplomaticEvent;
  /** Zero-based place in the whole list. */
  readonly index: number;
  /** Length of the whole list, not of the rendered window. */
  readonly setSize: number;
  readonly dateText: string;
  /** Names of the first few actors, and how many more there are. */
  readonly actors: { readonly names: readonly string[]; readonly more: number };
  readonly isSelected: boolean;
  /** The one row reached with Tab (roving tab index). */
  readonly isTabStop: boolean;
  /** Offset from the top of the list in pixels; null when printing (rows flow normally). */
  readonly top: number | null;
  readonly height: number;
  onSelect(id: EventId): void;
  onFocusRow(index: number): void;
}

const Separator = () => <span className="visually-hidden">, </span>;

export const EventRow = memo(function EventRow(props: EventRowProps) {
  const { event, index, isSelected, top, actors } = props;
  const planned = event.status === 'planned';
  const approximate = event.precision !== 'day' || event.endDate !== undefined;
  const excerpt = event.sources[0]?.text ?? '';
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
        <span className="event-list__when">
          <FamilyMark family={getEventFamily(event.type)} planned={planned} />
          <time
            className={approximate ? 'event-list__date event-list__date--approx' : 'event-list__date'}
            dateTime={event.date}
          >
            {props.dateText}
          </time>
        </span>
        <Separator />
        <bdi className="event-list__title">{event.title}</bdi>
        <Separator />
        <span className="event-list__type">
          {getEventTypeLabel(event.type)}
          {planned && ' (planned)'}
        </span>
        {actors.names.length > 0 && (
          <>
            <Separator />
            <span className="event-list__actors">
              {actors.names.map((name, i) => (
                <span key={i} className="chip event-list__actor">
                  <bdi>{name}</bdi>
                  {i < actors.names.length - 1 && <Separator />}
                </span>
              ))}
              {actors.more > 0 && <span className="event-list__more">+{actors.more}</span>}
            </span>
          </>
        )}
        {excerpt !== '' && (
          <>
            <Separator />
            <bdi className="event-list__excerpt">{excerpt}</bdi>
          </>
        )}
      </button>
    </li>
  );
});
