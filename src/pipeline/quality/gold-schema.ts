// The gold annotation's shape: what a careful reader marks in each article, written by hand
// (gold/*.gold.json) and validated here once, when the harness loads it.
import { z } from 'zod';
import { EVENT_TYPE_IDS } from '../../domain/event-types.ts';
import { SLUG_PATTERN } from '../../domain/ids.ts';
import { getPrecisionOf, isIsoDay } from '../../domain/partial-date.ts';

const actorId = z.string().regex(SLUG_PATTERN);

export const goldHappeningSchema = z
  .object({
    /** Resolved against the publication date and cut to its precision: "2017-01-15", "2016-12", "2011". */
    date: z.string().refine((d) => getPrecisionOf(d) !== null, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(['day', 'month', 'year']),
    /** Last day of a span ("last week" → Monday..Sunday); the event matches if its range overlaps. */
    endDate: z.string().refine(isIsoDay, 'must be YYYY-MM-DD').optional(),
    type: z.enum(EVENT_TYPE_IDS),
    /** The actors a reader would name; an emitted event must share at least one. */
    actors: z.array(actorId).min(1),
    /** A verbatim snippet of the article that reports the happening. */
    evidence: z.string().min(1),
  })
  .refine((h) => getPrecisionOf(h.date) === h.precision, 'precision must match the date string')
  .refine((h) => h.endDate === undefined || (h.precision === 'day' && h.endDate >= h.date), 'bad endDate');

export const goldArticleSchema = z.object({
  /** File name, as in the input folder's manifest.json. */
  file: z.string().min(1),
  published: z.string().refine(isIsoDay),
  happenings: z.array(goldHappeningSchema),
  /** Every person, state and organisation the kept text names, as actor ids. */
  namedActors: z.array(actorId).min(1),
  /** Strings that must never become a person: bylines, outlets, photo credits, places, datelines. */
  neverPeople: z.array(z.string().min(1)),
  /** The annotator's judgement calls, in words. */
  notes: z.array(z.string()).default([]),
});

export const goldSchema = z.object({
  about: z.string(),
  articles: z.array(goldArticleSchema).min(1),
});

export type GoldHappening = z.infer<typeof goldHappeningSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type Gold = z.infer<typeof goldSchema>;

export function parseGold(json: unknown): Gold {
  return goldSchema.parse(json);
}
