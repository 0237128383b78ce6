// Small typed fixtures for this feature's tests.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventType } from '../../../domain/event-types.ts';
import type { ArticleId, EventId } from '../../../domain/ids.ts';

export function makeEvent(
  id: string,
  date = '2016-12-23',
  fields: { endDate?: string; type?: EventType; title?: string } = {},
): DiplomaticEvent {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id: id as EventId,
    date,
    precision,
    ...(fields.endDate === undefined ? {} : { endDate: fields.endDate }),
    type: fields.type ?? 'statement',
    title: fields.title ?? `Event ${id}`,
    actorIds: [],
    agentIds: [],
    targetIds: [],
    place: null,
    episodeId: null,
    sources: [{ articleId: 'a' as ArticleId, start: 0, end: 1, text: 'x', dateText: '' }],
  };
}

/** `count` day events, one per day from 1 January 2000, ids "event-0", "event-1", … */
export function makeManyEvents(count: number): DiplomaticEvent[] {
  const start = Date.UTC(2000, 0, 1);
  return Array.from({ length: count }, (_, i) =>
    makeEvent(`event-${i}`, new Date(start + i * 86_400_000).toISOString().slice(0, 10)),
  );
}
