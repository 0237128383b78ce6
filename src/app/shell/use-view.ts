// The current view, derived from the URL (the one source of truth for what is shareable)
// and the dataset: selection, filters and the events they leave. Nothing here is stored.
import { useMemo } from 'react';
import { EVENT_TYPES } from '../../domain/event-types.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { filterEvents } from '../features/filters/index.ts';
import { useUrlState } from '../features/url-state/index.ts';
import { getFilterIndex, useWarmFilterIndex } from './filter-index-cache.ts';
import { getLinkMessages, getReader } from './get-link-messages.ts';

export function useView(index: DatasetIndex) {
  const { state, problems, navigate } = useUrlState();
  useWarmFilterIndex(index);
  const actors = useMemo(() => state.actors.filter((id) => index.actorsById.has(id)), [state.actors, index]);
  const filtered = useMemo(
    () => filterEvents(index.events, { actors, types: state.types, q: state.q }, () => getFilterIndex(index)),
    [index, actors, state.types, state.q],
  );
  const messages = useMemo(() => getLinkMessages(state, index), [state, index]);
  const actorOptions = useMemo(
    () =>
      [...index.eventsByActor]
        .map(([id, events]) => ({ id, name: index.actorsById.get(id)?.name ?? id, count: events.length }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    [index],
  );
  const typeOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const event of index.events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    return EVENT_TYPES.filter((t) => counts.has(t.id)).map((t) => ({ ...t, count: counts.get(t.id)! }));
  }, [index]);
  const reader = useMemo(() => getReader(state, index), [state, index]);
  return {
    state,
    reader,
    problems,
    navigate,
    messages,
    filtered,
    actorFilter: actors,
    actorOptions,
    typeOptions,
    selectedEvent: state.event ? (index.eventsById.get(state.event) ?? null) : null,
    selectedActor: state.actor ? (index.actorsById.get(state.actor) ?? null) : null,
    hasFilters: actors.length > 0 || state.types.length > 0 || state.q !== '',
  };
}

export type View = ReturnType<typeof useView>;
