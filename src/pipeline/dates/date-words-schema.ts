// The word lists stage 3 reads (date-words.json), validated once at load so that a typo in the
// data fails with the file and the entry named instead of silently matching nothing.
import { z } from 'zod';

const word = z
  .string()
  .min(1)
  .regex(/^[a-z][a-z ]*$/, 'must be lower-case words separated by single spaces');
const words = z.array(word).min(1);

export const dateWordsSchema = z.object({
  /** Sunday first, the numbering Date and chrono use. */
  weekdays: z.array(word).length(7),
  /** Counts written as words: "two days later", "a week earlier". */
  numbers: z.record(word, z.number().int().positive()),
  narrative: z.object({
    /** Phrases that name a day counted from the last date the text named, offset in days. */
    fixed: z.array(z.object({ offset: z.number().int(), phrases: words })).min(1),
    /** "two days later", "a week after": counts forward from the last date named. */
    later: words,
    /** "a week earlier", "two days before": counts back. */
    earlier: words,
    /** "the following Saturday", "the next week". */
    following: words,
    /** "the previous Saturday", "the preceding month". */
    preceding: words,
    /** "that week", "the same month": the span that holds the last date named. */
    sameSpan: words,
    /** Of `later`/`earlier`, those that followed by a noun relate to its happening ("three days
     * after the vote"): a date only before a pause, else left to the event stage. */
    prepositions: words,
  }),
  tense: z.object({
    /** "until March", "through Jan. 20": the end of a span, which may lie either side of publication. */
    openEnded: words,
    /** "who takes office", "which expires": a verb in -s after these is present tense. */
    presentSubjects: words,
    /** "could be held as early as Friday": the date lies ahead whatever the verb's tense. */
    forwardBefore: words,
  }),
  background: z.object({
    /** A bare year after these ("since 2005", "the lines of 1967") frames the story, no happening. */
    yearPrepositions: words,
    /** The same for a month ("since March 2011"); "until March" still dates the end of something. */
    monthPrepositions: words,
    /** The same for a full day ("the lines of June 4, 1967", "since Oct. 7"). */
    dayPrepositions: words,
    /** A bare year after these is a happening when its clause has a past-tense verb ("In 2012 X voted"). */
    happeningPrepositions: words,
  }),
  timestamps: z.object({
    /** Zones that may follow a live-blog time ("14:32 GMT", "2:05 p.m. ET"). */
    zones: words,
  }),
  /** Days news names without a year once they have passed ("October 7" is 7 October 2023 in
   *  news of 2025), each with what it names, for a reader of the file. */
  namedDays: z.array(
    z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), names: z.string().min(1) }),
  ),
});

export type DateWords = z.infer<typeof dateWordsSchema>;

/** Validates raw date words; `source` names the file in the error. */
export function parseDateWords(raw: unknown, source: string): DateWords {
  const result = dateWordsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${source} is not a valid date-words file: ${problems.join('; ')}`);
}
