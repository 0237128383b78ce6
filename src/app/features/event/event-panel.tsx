// The details of one event: when, what, where, who, and every sentence it was read from.
// All dataset strings are rendered as React text, never as HTML.
import './event-panel.css';
import { useEffect, useRef, useState } from 'react';
import type { Actor, Article, DiplomaticEvent, Episode, Source } from '../../../domain/dataset-schema.ts';
import { getEventFamily, getEventTypeLabel } from '../../../domain/event-types.ts';
import type { ActorId } from '../../../domain/ids.ts';
import { EventActors } from './event-actors.tsx';
import { EventDate } from './event-date.tsx';
import type { EventPosition } from './event-nav.tsx';
import { EventNav } from './event-nav.tsx';
import { EventSources } from './event-sources.tsx';
import { FamilyMark, PanelFrame } from '../../ui/index.ts';

export interface EventPanelProps {
  readonly event: DiplomaticEvent;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly articlesById: ReadonlyMap<string, Article>;
  readonly episode: Episode | null;
  readonly onSelectActor: (id: ActorId) => void;
  readonly onOpenSource: (source: Source) => void;
  readonly onPrevious?: () => void;
  readonly onNext?: () => void;
  /** Where the event sits in the list being browsed; `index` is 0-based and shown as "3 of 12". */
  readonly position?: EventPosition;
  readonly onClose: () => void;
  /** Move focus to the heading when the panel mounts. Default true. */
  readonly autoFocus?: boolean;
}

export function EventPanel(props: EventPanelProps) {
  const { event, episode, position, onPrevious, onNext, onClose, autoFocus = true } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Previous/Next was pressed and the app has not shown another event yet.
  const [browsing, setBrowsing] = useState(false);
  // The event on screen, and whether Previous/Next brought it (React's "state from the previous render"
  // pattern: updated during render, so the announcement and the new title appear together).
  const [shown, setShown] = useState({ id: event.id, browsed: false });
  if (shown.id !== event.id) {
    setShown({ id: event.id, browsed: browsing });
    setBrowsing(false);
  }
  const announcement = shown.browsed
    ? `${event.title}${position ? `, event ${position.index + 1} of ${position.total}` : ''}`
    : '';

  useEffect(() => {
    if (!shown.browsed) return;
    // Reaching the first or last event disables the button just pressed; focus would drop to <body>.
    const active = document.activeElement;
    const lost =
      active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
    if (lost) headingRef.current?.focus();
  }, [shown, headingRef]);

  const browse = (handler: (() => void) | undefined) =>
    handler &&
    (() => {
      setBrowsing(true);
      handler();
    });

  return (
    <PanelFrame
      className="event-panel"
      label="Event details"
      title={event.title}
      closeLabel="Close event details"
      onClose={onClose}
      autoFocus={autoFocus}
      headingRef={headingRef}
    >
      <EventNav position={position} onPrevious={browse(onPrevious)} onNext={browse(onNext)} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <dl className="event-panel__facts">
        <div className="event-panel__fact">
          <dt>Date</dt>
          <dd>
            <EventDate date={event.date} precision={event.precision} endDate={event.endDate} />
          </dd>
        </div>
        <div className="event-panel__fact">
          <dt>Type</dt>
          <dd>
            <FamilyMark family={getEventFamily(event.type)} planned={event.status === 'planned'} />
            {getEventTypeLabel(event.type)}
            {event.status === 'planned' && ' (planned)'}
          </dd>
        </div>
        {event.place !== null && (
          <div className="event-panel__fact">
            <dt>Place</dt>
            <dd>
              <bdi>{event.place}</bdi>
            </dd>
          </div>
        )}
        {episode !== null && (
          <div className="event-panel__fact">
            <dt>Episode</dt>
            <dd>
              <bdi>{episode.title}</bdi>
            </dd>
          </div>
        )}
        <EventActors event={event} actorsById={props.actorsById} onSelectActor={props.onSelectActor} />
      </dl>
      <EventSources
        sources={event.sources}
        articlesById={props.articlesById}
        onOpenSource={props.onOpenSource}
      />
    </PanelFrame>
  );
}
