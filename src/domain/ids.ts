// Branded ids: a plain string cannot be passed where an EventId is expected, so an actor id
// never ends up in an event lookup by accident. Ids are readable slugs that stay stable
// across rebuilds (see the pipeline's slug rules), which is what keeps shared links working.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type EventId = Brand<string, 'EventId'>;
export type EpisodeId = Brand<string, 'EpisodeId'>;
export type ArcId = Brand<string, 'ArcId'>;

/** A slug: lower-case ASCII letters, digits and single hyphens, e.g. `john-kerry`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Article ids name files (data/articles/<id>.json); the pipeline's ids stay far below this. */
export const MAX_ARTICLE_ID_LENGTH = 120;
