// The details of one actor: who they are, the offices they held and every event they took part in.
// All dataset strings are rendered as React text, never as HTML.
import './actor-panel.css';
import type { Actor, DiplomaticEvent, Office } from '../../../domain/dataset-schema.ts';
import type { ActorId, EventId } from '../../../domain/ids.ts';
import { ActorEvents } from './actor-events.tsx';
import { formatEventCount, getActorKindLabel, sortOfficesByStart } from './actor-labels.ts';
import { formatIsoDay } from '../../../domain/format-date.ts';
import { PanelFrame } from '../../ui/index.ts';

export interface ActorPanelProps {
  readonly actor: Actor;
  /** The actor's events, already in date order. */
  readonly events: readonly DiplomaticEvent[];
  readonly onSelectEvent: (id: EventId) => void;
  readonly onFilterToActor: (id: ActorId) => void;
  /** True while the app shows only this actor's events. */
  readonly isFiltered: boolean;
  readonly onClose: () => void;
  /** Move focus to the heading when the panel mounts. Default true. */
  readonly autoFocus?: boolean;
}

export function ActorPanel({
  actor,
  events,
  onSelectEvent,
  onFilterToActor,
  isFiltered,
  onClose,
  autoFocus = true,
}: ActorPanelProps) {
  const offices = sortOfficesByStart(actor.offices);

  return (
    <PanelFrame
      className="actor-panel"
      label="Actor details"
      title={actor.name}
      closeLabel="Close actor details"
      onClose={onClose}
      autoFocus={autoFocus}
    >
      {actor.origin === 'text' && (
        <p className="actor-panel__note">Found in the text: not in the curated list of actors.</p>
      )}
      <dl className="actor-panel__facts">
        <div className="actor-panel__fact">
          <dt>Kind</dt>
          <dd>{getActorKindLabel(actor.kind)}</dd>
        </div>
        {actor.aliases.length > 0 && (
          <div className="actor-panel__fact">
            <dt>Also known as</dt>
            <dd>
              <ul className="actor-panel__inline-list">
                {actor.aliases.map((alias) => (
                  <li key={alias}>
                    <bdi>{alias}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div className="actor-panel__fact">
          <dt>Events</dt>
          <dd>{formatEventCount(events.length)}</dd>
        </div>
      </dl>
      <p className="actor-panel__actions">
        <button
          type="button"
          className="panel__button actor-panel__button"
          onClick={() => onFilterToActor(actor.id)}
        >
          {isFiltered ? 'Filtering by this actor' : 'Show only this actor’s events'}
        </button>
      </p>
      {offices.length > 0 && (
        <>
          <h3 className="actor-panel__section-heading">Offices</h3>
          <ul className="actor-panel__offices">
            {offices.map((office) => (
              <li key={`${office.role}:${office.start}`}>
                <OfficeItem office={office} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="actor-panel__section-heading">Events</h3>
      <ActorEvents events={events} onSelectEvent={onSelectEvent} />
    </PanelFrame>
  );
}

/** Reads as formatOffice(office) does, with each day in a <time>. */
function OfficeItem({ office }: { readonly office: Office }) {
  const start = <time dateTime={office.start}>{formatIsoDay(office.start)}</time>;
  return (
    <>
      <bdi className="actor-panel__office-title">{office.title}</bdi>,{' '}
      {office.end === null ? (
        <>since {start}</>
      ) : (
        <>
          {start} – <time dateTime={office.end}>{formatIsoDay(office.end)}</time>
        </>
      )}
    </>
  );
}
