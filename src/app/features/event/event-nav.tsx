// Previous / next through the events the app currently lists. A button is disabled at its end of
// the list, or when the app passes no handler for it.

export interface EventPosition {
  /** 0-based place of the shown event in the list the app browses. */
  readonly index: number;
  readonly total: number;
}

export interface EventNavProps {
  readonly position: EventPosition | undefined;
  readonly onPrevious: (() => void) | undefined;
  readonly onNext: (() => void) | undefined;
}

export function EventNav({ position, onPrevious, onNext }: EventNavProps) {
  const atStart = position !== undefined && position.index <= 0;
  const atEnd = position !== undefined && position.index >= position.total - 1;
  if (!onPrevious && !onNext && position === undefined) return null;
  return (
    <div className="event-panel__nav" role="group" aria-label="Browse events">
      <button
        type="button"
        className="panel__button"
        disabled={!onPrevious || atStart}
        onClick={() => onPrevious?.()}
      >
        <span aria-hidden="true">← </span>Previous event
      </button>
      {position !== undefined && position.total > 0 && (
        <span className="event-panel__position">
          {position.index + 1} of {position.total}
        </span>
      )}
      <button type="button" className="panel__button" disabled={!onNext || atEnd} onClick={() => onNext?.()}>
        Next event<span aria-hidden="true"> →</span>
      </button>
    </div>
  );
}
