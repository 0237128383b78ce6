// The news gold format: what a careful reader puts on the timeline for each article, by name
// rather than by actor id, so the annotation never depends on what the gazetteer happens to
// contain. Used for the development set (quality/dev), the project's own evaluation set
// (quality/eval/*) and the seeds (news/seeds.gold.json). Validated once, when a corpus is read.
import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPE_IDS } from '../../../domain/event-types.ts';
import { getPrecisionOf } from '../../../domain/partial-date.ts';

const name = z.string().min(1);
const partialDate = z
  .string()
  .refine((d) => getPrecisionOf(d) !== null, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const newsGoldEventSchema = z.object({
  /** The date a reader gives the happening, at the precision the text allows. */
  date: partialDate,
  /** Any one of these must be linked to the matching event. */
  actors: z.array(name).min(1),
  /** A few words saying what happened, for reports. */
  what: z.string(),
  /** Who acted: any one must be among the matching event's agents. */
  agents: z.array(name).optional(),
  type: z.enum(EVENT_TYPE_IDS).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
});

/** A happening the text says did not happen (or only might): emitting it as done is a false claim. */
export const nonEventSchema = z.object({
  /** An exact substring of the article. */
  sentence: z.string().min(1),
  type: z.enum(EVENT_TYPE_IDS),
  why: z.string(),
});

export const newsGoldArticleSchema = z.object({
  events: z.array(newsGoldEventSchema),
  /** Dates an extractor may fairly emit besides the events' (minor or background happenings). */
  optionalDates: z.array(partialDate).default([]),
  /** Actors a reader expects linked to the article or its events. */
  actors: z.array(name),
  /** Actors that must not be linked to this article. */
  forbidden: z.array(name).default([]),
  /** Every veto the article reports; any other event typed as a veto is a false claim. */
  vetoes: z.array(z.object({ date: partialDate, by: z.array(name).min(1) })).optional(),
  nonEvents: z.array(nonEventSchema).default([]),
});

export const newsGoldSchema = z.object({
  /** Canonical name → other spellings that count as the same actor. */
  aliases: z.record(z.string(), z.array(name)).default({}),
  /** Strings (boilerplate, bylines) that must never be the name of any actor. */
  junkAny: z.array(name).default([]),
  /** Strings (places, operations, outlets) that must never be the name of a person. */
  junkPerson: z.array(name).default([]),
  articles: z.record(z.string(), newsGoldArticleSchema),
});

export type NewsGold = z.infer<typeof newsGoldSchema>;
export type NewsGoldArticle = z.infer<typeof newsGoldArticleSchema>;
export type NewsGoldEvent = z.infer<typeof newsGoldEventSchema>;

export function parseNewsGold(json: unknown, file: string): NewsGold {
  const result = newsGoldSchema.safeParse(json);
  if (!result.success)
    throw new Error(
      `${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}
