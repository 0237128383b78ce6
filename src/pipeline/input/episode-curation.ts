// The optional episodes.json beside the manifest: splits, merges and renames of generated episodes.
// Every key it holds is checked: an unknown one ("renames", a typo) or a rename of a name that
// cannot be an episode id ("__proto__", which JSON.parse keeps but any object assignment drops)
// is reported, never ignored, so a curation that does nothing is noticed.
import { z } from 'zod';
import { SLUG_PATTERN } from '../../domain/ids.ts';
import { isIsoDay } from '../../domain/partial-date.ts';

const episodeId = z
  .string()
  .regex(SLUG_PATTERN, 'is not an episode id (lower-case letters, digits, hyphens)');

export const episodeCurationSchema = z.strictObject({
  rename: z
    .record(episodeId, z.string().min(1))
    // No prototype: a rename lookup by an id such as "constructor" finds nothing inherited.
    .transform((rename) => Object.assign(Object.create(null) as Record<string, string>, rename))
    .optional(),
  merge: z.array(z.array(episodeId).min(2)).optional(),
  /** Episode id → the days each later part begins on ("2017-01-01": events from that day on). */
  split: z
    .record(episodeId, z.array(z.string().refine(isIsoDay, 'must be a day written YYYY-MM-DD')).min(1))
    .optional(),
});

export type EpisodeCuration = z.infer<typeof episodeCurationSchema>;

/** episodes.json's text → the curation, or one sentence saying what is wrong with it. */
export function parseEpisodeCuration(text: string): EpisodeCuration | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${(error as Error).message})`;
  }
  const rename = (json as { rename?: unknown } | null)?.rename;
  // Checked before the schema, whose record would drop the key without a word.
  if (rename && typeof rename === 'object' && Object.hasOwn(rename, '__proto__')) {
    return 'rename: "__proto__" is not an episode id (lower-case letters, digits, hyphens)';
  }
  const parsed = episodeCurationSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : parsed.error.issues
        .map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`)
        .join('; ');
}
