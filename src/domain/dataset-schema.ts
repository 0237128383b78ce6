// The dataset index's one schema (data/dataset.json), shared by the pipeline (which validates
// before it writes) and the app (which validates inside its query function). Types are inferred
// from it, so the two can never disagree. Article texts are not in the index: they are in files
// of a few articles each (article-text-schema.ts), loaded when the reader opens one, so the first
// view stays small.
// Written with zod/mini, zod's tree-shakable form: the app downloads only the validators used
// here (about 40 KiB gzip less than classic zod on the first view).
import type { core } from 'zod/mini';
import * as z from 'zod/mini';
import { EVENT_STATUSES, EVENT_TYPE_IDS } from './event-types.ts';
import type { ActorId, ArcId, ArticleId, EpisodeId, EventId } from './ids.ts';
import { TEXT_FILE_PATTERN } from './dataset-layout.ts';
import { MAX_ARTICLE_ID_LENGTH, SLUG_PATTERN } from './ids.ts';
import { getPrecisionOf, getSpanStart, isIsoDay, isPartialDate } from './partial-date.ts';

const text = () => z.string().check(z.minLength(1));
const slug = z.string().check(z.regex(SLUG_PATTERN, 'must be a lower-case slug like "john-kerry"'));
const branded = <T extends string>() =>
  z.pipe(
    slug,
    z.transform((s: string) => s as T),
  );
/**
 * An article id may name its text file (data/articles/<id>.json, dataset-layout.ts): a slug has no
 * dot, slash or percent sign, so no id can point outside that folder, and the length keeps the
 * name well under the 255 bytes file systems allow.
 */
export const articleIdSchema = z.pipe(
  z.string().check(z.maxLength(MAX_ARTICLE_ID_LENGTH, `must be at most ${MAX_ARTICLE_ID_LENGTH} characters`)),
  branded<ArticleId>(),
);
const articleId = articleIdSchema;
const actorId = branded<ActorId>();
const eventId = branded<EventId>();
const episodeId = branded<EpisodeId>();
const arcId = branded<ArcId>();

const isoDay = z.string().check(z.refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD'));
const partialDate = z.string().check(z.refine(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const offset = z.int().check(z.nonnegative());

/** A half-open character range [start, end) in an article's original file text. */
export const spanSchema = z
  .object({ start: offset, end: offset })
  .check(
    z.refine((s) => s.start <= s.end, { message: 'a span must not end before it starts', path: ['end'] }),
  );

export const officeSchema = z
  .object({
    /** Stable key of the office, e.g. "us-secretary-of-state". */
    role: slug,
    /** Human title, e.g. "US Secretary of State". */
    title: text(),
    /** First day in office. */
    start: isoDay,
    /** Last day in office; null while the actor still holds it. */
    end: z.nullable(isoDay),
  })
  .check(
    z.refine((o) => o.end === null || o.end >= o.start, {
      message: 'an office must not end before it starts',
      path: ['end'],
    }),
  );

export const actorSchema = z.object({
  id: actorId,
  name: text(),
  aliases: z.array(text()),
  kind: z.enum(['person', 'state', 'organization']),
  offices: z.array(officeSchema),
  /** "gazetteer" when curated by hand, "text" when found in an article and not in the gazetteer. */
  origin: z.enum(['gazetteer', 'text']),
});

export const articleSchema = z.object({
  id: articleId,
  /** File name inside the input folder. */
  file: text(),
  title: text(),
  published: isoDay,
  outlet: z.nullable(text()),
  url: z.nullable(z.url()),
  actorIds: z.array(actorId),
  /** Pipeline warnings about this article (e.g. "no datable event"). */
  warnings: z.array(z.string()),
  /** The file under data/ that holds this article's text, with a few neighbours' (dataset-layout.ts). */
  textFile: z.string().check(z.regex(TEXT_FILE_PATTERN, 'must be a file in articles/ named by a slug')),
});

export const sourceSchema = z.object({
  start: offset,
  end: offset,
  articleId,
  /** The sentence(s) the event was read from, exactly `article.text.slice(start, end)`. */
  text: text(),
  /** The temporal expression that dated the event, as written ("on Sunday"). */
  dateText: z.string(),
});

export const eventSchema = z
  .object({
    id: eventId,
    /** When it happened, cut to its precision: "2017-01-15", "2014-11" or "2016". */
    date: partialDate,
    precision: z.enum(['day', 'month', 'year']),
    /**
     * Last day of a range of days the happening filled ("from Monday to Wednesday"), with day
     * precision. Absent for single days, months and years; an event dated "last week" has
     * month precision instead, since it fell on one day of the week, not across it.
     */
    endDate: z.optional(isoDay),
    type: z.enum(EVENT_TYPE_IDS),
    /** "planned" when the text reports it as scheduled ("will vote on Friday"); absent means it happened. */
    status: z.optional(z.enum(EVENT_STATUSES)),
    title: text(),
    /**
     * Everyone involved: agents first, then targets, then anyone the sentence names in the
     * happening without saying their part ("said Israel must…", "at Turkey's request").
     */
    actorIds: z.array(actorId),
    /** Who acted. */
    agentIds: z.array(actorId),
    /** Who was acted toward (met, phoned, vetoed). */
    targetIds: z.array(actorId),
    place: z.nullable(text()),
    episodeId: z.nullable(episodeId),
    sources: z.array(sourceSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((e) => getPrecisionOf(e.date) === e.precision, {
      message: 'precision must match the date string',
      path: ['precision'],
    }),
    z.refine((e) => e.endDate === undefined || e.endDate >= getSpanStart(e.date), {
      message: 'endDate must not come before date',
      path: ['endDate'],
    }),
    z.refine((e) => [...e.agentIds, ...e.targetIds].every((id) => e.actorIds.includes(id)), {
      message: 'agentIds and targetIds must be among actorIds',
      path: ['actorIds'],
    }),
  );

export const episodeSchema = z
  .object({
    id: episodeId,
    title: text(),
    /** First and last day the episode covers (ISO days). */
    start: isoDay,
    end: isoDay,
    eventIds: z.array(eventId).check(z.minLength(1)),
    actorIds: z.array(actorId),
    /** The longer story this episode is part of (a series of resolutions during one war), if any. */
    arcId: z.optional(z.nullable(arcId)),
  })
  .check(
    z.refine((e) => e.start <= e.end, { message: 'an episode must not end before it starts', path: ['end'] }),
  );

/** A longer story made of several episodes; the timeline shows arcs when zoomed out. */
export const arcSchema = z
  .object({
    id: arcId,
    title: text(),
    start: isoDay,
    end: isoDay,
    episodeIds: z.array(episodeId).check(z.minLength(1)),
  })
  .check(
    z.refine((a) => a.start <= a.end, { message: 'an arc must not end before it starts', path: ['end'] }),
  );

/** The index's fields. The pipeline's full dataset (full-dataset-schema.ts) adds the article texts. */
export const datasetShape = {
  /** Bumped when the shape changes incompatibly (2: article texts moved to files of their own). */
  schemaVersion: z.literal(2),
  /** What produced this file; generated data is never edited by hand. */
  generator: z.string(),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  episodes: z.array(episodeSchema),
  /** Absent in datasets built before arcs existed. */
  arcs: z.optional(z.array(arcSchema)),
};
const datasetObject = z.object(datasetShape);

/**
 * Every id unique, and every id a record points to must exist: a dangling link would break a
 * panel later. Shared by the index schema and the full one, which checks the texts besides.
 */
export function checkReferences(dataset: z.infer<typeof datasetObject>, ctx: core.$RefinementCtx): void {
  const actorIds = new Set<string>(dataset.actors.map((a) => a.id));
  const articleIds = new Set<string>(dataset.articles.map((a) => a.id));
  const eventIds = new Set<string>(dataset.events.map((e) => e.id));
  const episodeIds = new Set<string>(dataset.episodes.map((e) => e.id));
  const checkUnique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${id}"` });
      seen.add(id);
    }
  };
  const kinds = [
    [dataset.actors, 'actor'],
    [dataset.articles, 'article'],
    [dataset.events, 'event'],
    [dataset.episodes, 'episode'],
    [dataset.arcs ?? [], 'arc'],
  ] as const;
  for (const [records, what] of kinds)
    checkUnique(
      records.map((record) => record.id),
      what,
    );
  const missing = (kind: string, id: string, where: string) =>
    ctx.addIssue({
      code: 'custom',
      input: dataset,
      message: `${where} refers to unknown ${kind} "${id}"`,
    });
  for (const article of dataset.articles) {
    for (const id of article.actorIds) if (!actorIds.has(id)) missing('actor', id, `article ${article.id}`);
  }
  for (const event of dataset.events) {
    for (const id of event.actorIds) if (!actorIds.has(id)) missing('actor', id, `event ${event.id}`);
    if (event.episodeId && !episodeIds.has(event.episodeId))
      missing('episode', event.episodeId, `event ${event.id}`);
    for (const source of event.sources)
      if (!articleIds.has(source.articleId)) missing('article', source.articleId, `event ${event.id}`);
  }
  const arcIds = new Set<string>((dataset.arcs ?? []).map((a) => a.id));
  for (const episode of dataset.episodes) {
    for (const id of episode.eventIds) if (!eventIds.has(id)) missing('event', id, `episode ${episode.id}`);
    for (const id of episode.actorIds) if (!actorIds.has(id)) missing('actor', id, `episode ${episode.id}`);
    if (episode.arcId && !arcIds.has(episode.arcId)) missing('arc', episode.arcId, `episode ${episode.id}`);
  }
  for (const arc of dataset.arcs ?? [])
    for (const id of arc.episodeIds) if (!episodeIds.has(id)) missing('episode', id, `arc ${arc.id}`);
}

/** data/dataset.json: everything but the article texts. */
export const datasetSchema = datasetObject.check(z.superRefine(checkReferences));

export type Dataset = Readonly<z.infer<typeof datasetSchema>>;
export type Article = Readonly<z.infer<typeof articleSchema>>;
export type Actor = Readonly<z.infer<typeof actorSchema>>;
export type Office = Readonly<z.infer<typeof officeSchema>>;
export type DiplomaticEvent = Readonly<z.infer<typeof eventSchema>>;
export type Source = Readonly<z.infer<typeof sourceSchema>>;
export type Episode = Readonly<z.infer<typeof episodeSchema>>;
export type Arc = Readonly<z.infer<typeof arcSchema>>;
export type ActorKind = Actor['kind'];

/** Parses unknown JSON into a dataset index, or throws a ZodError listing every problem. */
export function parseDataset(json: unknown): Dataset {
  return datasetSchema.parse(json);
}
