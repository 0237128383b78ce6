// Gold story labels (stories.json beside a set's articles/ folder): which story each article
// belongs to, by file name, and which stories may share an episode because they form one longer
// arc. Named stories.json, not episodes.json: an episodes.json beside a manifest is curation.
import { z } from 'zod';

export const storiesSchema = z
  .object({
    _doc: z.string().optional(),
    /** File name → story label; articles of one label must share an episode. */
    articles: z.record(z.string().min(1), z.string().min(1)),
    /** Groups of labels that may share an episode without penalty (one arc). */
    mayMerge: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /** Different stories published within this many days of each other must be apart. */
    nearDays: z.number().int().positive().default(120),
  })
  .strict();

export type Stories = z.infer<typeof storiesSchema>;

/** Parses a stories.json, or throws an error naming the file and every problem. */
export function parseStories(raw: unknown, file: string): Stories {
  const parsed = storiesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file}: ${problems.join('; ')}`);
}
