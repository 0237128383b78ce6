// The page once the dataset is loaded: one toolbar (actor filter, types, search, count, share),
// the timeline right under it, and beside it (below it on phones) the detail panels over the
// event list. Features never talk to each other; this shell wires them
// through the URL (selection, filters, window) and the small UI store (open article).
import { useCallback, useEffect, useMemo } from 'react';
import { isEventType } from '../../domain/event-types.ts';
import type { ActorId, EventId } from '../../domain/ids.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { formatEventDate } from '../../domain/format-date.ts';
import { EpisodeNav } from '../features/episode-nav/index.ts';
import { EventList } from '../features/event-list/index.ts';
import { ActorFilter, FilterSummary, SearchBox, TypeFilter } from '../features/filters/index.ts';
import { getEventQuietPeriods, TimelineView } from '../features/timeline/index.ts';
import { UrlNotice } from '../features/url-state/index.ts';
import { EVENT_LIST_ID, PanelStack } from './panel-stack.tsx';
import { ShareMenu } from './share-menu.tsx';
import { useUiStore } from './ui-store.ts';
import { useView } from './use-view.ts';

export function AppShell({ index }: { readonly index: DatasetIndex }) {
  const view = useView(index);
  const { state, navigate, filtered, selectedEvent } = view;
  const announce = useUiStore((s) => s.announce);
  const announcement = useUiStore((s) => s.announcement);
  // From the whole dataset, so a filter does not move the breaks.
  const quietPeriods = useMemo(() => getEventQuietPeriods(index.events, index.dataset.episodes), [index]);

  const selectEvent = useCallback(
    // A new selection shows its details: the actor and article panels above them close.
    (id: string | null) => navigate({ event: id as EventId | null, actor: null, article: null, quote: null }),
    [navigate],
  );
  useEffect(() => {
    if (!selectedEvent) return;
    const { title, date, precision, endDate } = selectedEvent;
    // "Selected: Kerry phones Netanyahu, 15 January 2017": the date in words, as the list reads it.
    announce(`Selected: ${title}, ${formatEventDate(date, precision, endDate)}`);
  }, [selectedEvent, announce]);

  const position = selectedEvent ? filtered.indexOf(selectedEvent) : -1;
  const step = (direction: 1 | -1) => {
    if (filtered.length === 0) return;
    const next = position < 0 ? (direction === 1 ? 0 : filtered.length - 1) : position + direction;
    const event = filtered[(next + filtered.length) % filtered.length];
    if (event) selectEvent(event.id);
  };

  return (
    <>
      <UrlNotice problems={view.problems} messages={view.messages} />
      <section className="app-toolbar" aria-label="Filters">
        <ActorFilter
          actors={view.actorOptions}
          selected={view.actorFilter}
          onChange={(ids) => navigate({ actors: ids.map((id) => id as ActorId) })}
        />
        <TypeFilter
          types={view.typeOptions}
          selected={state.types}
          onChange={(ids) => navigate({ types: ids.filter(isEventType) })}
        />
        <SearchBox
          value={state.q}
          onChange={(q) => navigate({ q }, { mode: 'replace' })}
          resultCount={state.q ? filtered.length : 0}
          currentIndex={state.q && position >= 0 ? position : null}
          onStep={step}
        />
        <div className="app-toolbar__end">
          <FilterSummary
            shown={filtered.length}
            total={index.events.length}
            hasFilters={view.hasFilters}
            onClear={() => navigate({ actors: [], types: [], q: '' })}
          />
          <ShareMenu events={filtered} index={index} />
        </div>
      </section>
      <div className="workspace">
        <div className="stage">
          <TimelineView
            events={filtered}
            episodes={index.dataset.episodes}
            arcs={index.dataset.arcs}
            quietPeriods={quietPeriods}
            compress={state.compress}
            onCompressChange={(compress) => navigate({ compress })}
            actorsById={index.actorsById}
            selectedEventId={selectedEvent?.id ?? null}
            window={state.from && state.to ? { start: state.from, end: state.to } : null}
            onSelect={selectEvent}
            onWindowChange={(w) => navigate({ from: w.start, to: w.end }, { mode: 'replace' })}
            lanes={state.lanes}
            onLanesChange={(lanes) => navigate({ lanes })}
          />
          {/* Under the timeline, so the events come first; it marks the window shown above it. */}
          <EpisodeNav
            episodes={index.dataset.episodes}
            arcs={index.dataset.arcs}
            window={state.from && state.to ? { start: state.from, end: state.to } : null}
            onSelectWindow={(from, to) => navigate({ from, to })}
            quietPeriods={state.compress ? quietPeriods : undefined}
          />
        </div>
        <div className="side">
          <PanelStack
            index={index}
            view={view}
            onSelectEvent={selectEvent}
            onStep={step}
            position={position}
          />
          <section id={EVENT_LIST_ID} className="event-list-region" aria-label="Event list" tabIndex={-1}>
            <h2 className="event-list-region__heading">Events</h2>
            <EventList
              events={filtered}
              inDateOrder
              actorsById={index.actorsById}
              selectedId={selectedEvent?.id ?? null}
              onSelect={selectEvent}
            />
          </section>
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </>
  );
}
