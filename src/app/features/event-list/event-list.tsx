// The accessible list of events beside the timeline, virtualised by hand: rows have one fixed
// height, and only the rows in view (plus overscan and the keyboard's tab stop) are in the DOM.
// Every row still says where it sits in the whole list (aria-posinset / aria-setsize). Printing
// renders every row in normal flow.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventId } from '../../../domain/ids.ts';
import { EventRow } from './event-row.tsx';
import { formatEventDate } from '../../../domain/format-date.ts';
import { sortEventsByDate } from './sort-events.ts';
import { useElementHeight, usePrintMode, useRemInPixels } from './use-list-layout.ts';
import { clamp, getRenderedRows, getScrollTopToReveal, getVisibleRange } from './virtual-window.ts';
import { getTargetRow } from './list-keys.ts';
import './event-list.css';

export interface EventListProps {
  /** The events to list (already filtered); the list shows them in date order. */
  readonly events: readonly DiplomaticEvent[];
  /** True when `events` are in date order already (the shell's filtered view of the dataset
   *  index is): the list then skips its own ordering, which cost ~30 ms per filter at 50k events
   *  (a cold pass over 20,000 dates) for nothing. */
  readonly inDateOrder?: boolean;
  /** Names for the actors shown in each row; an id the map lacks is shown as itself. */
  readonly actorsById?: ReadonlyMap<string, { readonly name: string }>;
  readonly selectedId: string | null;
  onSelect(id: EventId): void;
  /** How a row writes its date; defaults to formatEventDate ("15 January 2017"). */
  formatDate?(event: DiplomaticEvent): string;
}

/** Row height in rem; event-list.css clamps the title to two lines and the rest to one each. */
const ROW_HEIGHT_REM = 7.25;
/** Actors named in a row; the rest are counted ("+2"). */
const ROW_ACTORS = 3;
const NO_NAMES: ReadonlyMap<string, { readonly name: string }> = new Map();
const OVERSCAN_ROWS = 10;
/** Used when the viewport cannot be measured (jsdom). */
const FALLBACK_VIEWPORT_PX = 600;

const formatDefault = (e: DiplomaticEvent) => formatEventDate(e.date, e.precision, e.endDate);

export function EventList(props: EventListProps) {
  const { events, selectedId, onSelect, formatDate = formatDefault, actorsById = NO_NAMES } = props;
  const { inDateOrder = false } = props;
  const sorted = useMemo(() => (inDateOrder ? events : sortEventsByDate(events)), [events, inDateOrder]);
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusRequest = useRef<number | null>(null);
  const rowHeight = ROW_HEIGHT_REM * useRemInPixels();
  const viewportHeight = useElementHeight(viewportRef, FALLBACK_VIEWPORT_PX);
  const printing = usePrintMode();
  const [scrollTop, setScrollTop] = useState(0);
  // Scrolls the code asks for; the user's own scrolling only updates scrollTop.
  const [scrollRequest, setScrollRequest] = useState<{ top: number } | null>(null);
  const [tabStop, setTabStop] = useState(0);

  const count = sorted.length;
  const metrics = { count, rowHeight, scrollTop, viewportHeight };
  // One scan per selection or filter change; a Map of every position cost more to build.
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : sorted.findIndex((event) => event.id === selectedId)),
    [sorted, selectedId],
  );
  const activeIndex = clamp(tabStop, 0, Math.max(0, count - 1));
  const scrollTo = (top: number) => {
    setScrollTop(top);
    setScrollRequest({ top });
  };
  const reveal = (index: number) => {
    const top = getScrollTopToReveal(index, metrics);
    if (top !== scrollTop) scrollTo(top);
  };

  // A new selection or a new list from outside: bring the selected row into view (derived while
  // rendering, so the first paint already shows it).
  const [seen, setSeen] = useState({ selectedId, sorted });
  if (seen.selectedId !== selectedId || seen.sorted !== sorted) {
    setSeen({ selectedId, sorted });
    if (selectedIndex >= 0) {
      setTabStop(selectedIndex);
      reveal(selectedIndex);
    } else if (seen.sorted !== sorted) {
      setTabStop(0);
      // Writing scrollTop lays the page out at once (~10 ms at 50k events): only when it moves.
      if (scrollTop !== 0) scrollTo(0);
    }
  }

  useLayoutEffect(() => {
    if (scrollRequest && viewportRef.current) viewportRef.current.scrollTop = scrollRequest.top;
  }, [scrollRequest]);
  useLayoutEffect(() => {
    // After a key moved the tab stop, and the row it names is rendered, focus it.
    const index = focusRequest.current;
    if (index === null) return;
    focusRequest.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
  });

  const handleKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const from = Number((event.target as HTMLElement).dataset.index);
    const pageRows = Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
    const to = getTargetRow(event.key, from, count, pageRows);
    if (to === null) return;
    event.preventDefault();
    if (to === from) return;
    focusRequest.current = to;
    setTabStop(to);
    reveal(to);
  };
  const onFocusRow = useCallback((index: number) => setTabStop(index), []);

  if (count === 0) return <p className="event-list__empty">No events match the filters.</p>;

  const rows = printing
    ? sorted.map((_, i) => i)
    : getRenderedRows(getVisibleRange(metrics, OVERSCAN_ROWS), activeIndex);
  return (
    <div ref={viewportRef} className="event-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ol
        ref={listRef}
        aria-label="Events"
        className="event-list__rows"
        style={printing ? undefined : { height: count * rowHeight }}
        onKeyDown={handleKeyDown}
      >
        {rows.map((index) => {
          const event = sorted[index] as DiplomaticEvent;
          return (
            <EventRow
              key={event.id}
              event={event}
              index={index}
              setSize={count}
              dateText={formatDate(event)}
              actors={getRowActors(event, actorsById)}
              isSelected={index === selectedIndex}
              isTabStop={index === activeIndex}
              top={printing ? null : index * rowHeight}
              height={rowHeight}
              onSelect={onSelect}
              onFocusRow={onFocusRow}
            />
          );
        })}
      </ol>
    </div>
  );
}

/** The first actors' names (agents first, as the dataset orders them) and how many are left out. */
function getRowActors(event: DiplomaticEvent, actorsById: ReadonlyMap<string, { readonly name: string }>) {
  const names = event.actorIds.slice(0, ROW_ACTORS).map((id) => actorsById.get(id)?.name ?? id);
  return { names, more: Math.max(0, event.actorIds.length - ROW_ACTORS) };
}
