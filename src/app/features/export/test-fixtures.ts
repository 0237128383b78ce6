// Small typed fixtures for this feature's tests.
import type { Actor, Article, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';

export const actorsById = new Map<string, Pick<Actor, 'name'>>([
  ['john-kerry', { name: 'John Kerry' }],
  ['ban-ki-moon', { name: 'Ban Ki-moon' }],
]);

export const articlesById = new Map<string, Pick<Article, 'title' | 'outlet'>>([
  ['reuters-1', { title: 'Kerry, Ban meet; "progress" made', outlet: 'Reuters' }],
  ['blog-1', { title: 'Untitled post', outlet: null }],
]);

export function makeEvent(id: string, fields: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  const date = fields.date ?? '2017-01-15';
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id: id as EventId,
    date,
    precision,
    type: 'meeting',
    title: `Event ${id}`,
    actorIds: ['john-kerry', 'ban-ki-moon'] as ActorId[],
    agentIds: ['john-kerry'] as ActorId[],
    targetIds: ['ban-ki-moon'] as ActorId[],
    place: 'Paris',
    episodeId: null,
    sources: [
      {
        articleId: 'reuters-1' as ArticleId,
        start: 0,
        end: 40,
        text: 'Kerry met Ban in Paris\non Sunday.',
        dateText: 'on Sunday',
      },
    ],
    ...fields,
  };
}
