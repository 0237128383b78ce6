// Typed fixtures for this feature's tests; nothing in the app imports them.
import type { Actor, Article, DiplomaticEvent, Episode, Source } from '../../../domain/dataset-schema.ts';
import type { ActorId, ArticleId, EpisodeId, EventId } from '../../../domain/ids.ts';

export const ARTICLE_TEXT = 'Kerry met Netanyahu in Rome on Sunday. They spoke for hours.';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'rome-talks' as ArticleId,
    file: 'rome-talks.txt',
    title: 'Kerry and Netanyahu meet in Rome',
    published: '2016-12-26',
    outlet: 'Reuters',
    url: 'https://example.org/rome-talks',
    actorIds: ['john-kerry' as ActorId, 'benjamin-netanyahu' as ActorId],
    warnings: [],
    textFile: 'articles/rome-talks.json',
    ...overrides,
  };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    articleId: 'rome-talks' as ArticleId,
    start: 0,
    end: 38,
    text: ARTICLE_TEXT.slice(0, 38),
    dateText: 'on Sunday',
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return {
    id: 'kerry-meets-netanyahu-2016-12-25' as EventId,
    date: '2016-12-25',
    precision: 'day',
    type: 'meeting',
    title: 'Kerry meets Netanyahu',
    actorIds: ['john-kerry' as ActorId, 'benjamin-netanyahu' as ActorId],
    agentIds: ['john-kerry' as ActorId],
    targetIds: ['benjamin-netanyahu' as ActorId],
    place: 'Rome',
    episodeId: 'resolution-2334' as EpisodeId,
    sources: [makeSource()],
    ...overrides,
  };
}

export function makeActor(id: string, name: string): Actor {
  return { id: id as ActorId, name, aliases: [], kind: 'person', offices: [], origin: 'gazetteer' };
}

export const EPISODE: Episode = {
  id: 'resolution-2334' as EpisodeId,
  title: 'UN Security Council Resolution 2334',
  start: '2016-12-21',
  end: '2017-01-15',
  eventIds: ['kerry-meets-netanyahu-2016-12-25' as EventId],
  actorIds: [],
};

export const ACTORS: ReadonlyMap<string, Actor> = new Map([
  ['john-kerry', makeActor('john-kerry', 'John Kerry')],
  ['benjamin-netanyahu', makeActor('benjamin-netanyahu', 'Benjamin Netanyahu')],
]);

export const ARTICLES: ReadonlyMap<string, Article> = new Map([['rome-talks', makeArticle()]]);
