// Typed fixtures for this feature's tests; nothing in the app imports them.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { ArticleId, EventId } from '../../../domain/ids.ts';

/** A day-precision meeting with one source and no actors, unless `overrides` say otherwise. */
export function makeEvent(
  id: string,
  date = '2017-01-15',
  overrides: Partial<DiplomaticEvent> = {},
): DiplomaticEvent {
  return {
    id: id as EventId,
    date,
    precision: 'day',
    type: 'meeting',
    title: `Event ${id}`,
    actorIds: [],
    agentIds: [],
    targetIds: [],
    place: null,
    episodeId: null,
    sources: [{ articleId: 'a1' as ArticleId, start: 0, end: 1, text: 'x', dateText: 'today' }],
    ...overrides,
  };
}
