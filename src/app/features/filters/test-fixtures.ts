// Small typed fixtures for this feature's tests.
import type { Actor, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { EventType } from '../../../domain/event-types.ts';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';

export function makeEvent(
  id: string,
  fields: { date?: string; endDate?: string; type?: EventType; title?: string; actors?: string[] } & {
    place?: string | null;
    sentence?: string;
  } = {},
): DiplomaticEvent {
  const date = fields.date ?? '2016-12-23';
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const text = fields.sentence ?? `Sentence about ${id}.`;
  return {
    id: id as EventId,
    date,
    precision,
    ...(fields.endDate === undefined ? {} : { endDate: fields.endDate }),
    type: fields.type ?? 'statement',
    title: fields.title ?? `Event ${id}`,
    actorIds: (fields.actors ?? []) as ActorId[],
    agentIds: (fields.actors ?? []).slice(0, 1) as ActorId[],
    targetIds: [],
    place: fields.place ?? null,
    episodeId: null,
    sources: [{ articleId: 'article-1' as ArticleId, start: 0, end: text.length, text, dateText: '' }],
  };
}

export function makeActor(id: string, name: string, aliases: string[] = []): Actor {
  return { id: id as ActorId, name, aliases, kind: 'person', offices: [], origin: 'gazetteer' };
}
