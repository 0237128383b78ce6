// The input folder's manifest.json: one entry per article file.
import { z } from 'zod';
import { isIsoDay } from '../../domain/partial-date.ts';

export const manifestEntrySchema = z.object({
  file: z.string().min(1, 'file name is empty'),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be written YYYY-MM-DD', abort: true })
    .refine(isIsoDay, 'is not a real calendar day'),
  outlet: z.string().min(1).nullable(),
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) address')
    .optional(),
  title: z.string().min(1).optional(),
});

export const manifestSchema = z.array(manifestEntrySchema);

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * Optional curated episodes.json beside the manifest: split, merge or rename generated episodes
 * (applied in that order). Strict: a misspelt key is an error, not a curation silently ignored.
 */
export const episodeCurationSchema = z
  .object({
    rename: z.record(z.string(), z.string().min(1)).optional(),
    merge: z.array(z.array(z.string()).min(2)).optional(),
    /** Episode id → the days each later part begins on ("2017-01-01": events from that day on). */
    split: z
      .record(z.string(), z.array(z.string().refine(isIsoDay, 'must be a day written YYYY-MM-DD')).min(1))
      .optional(),
  })
  .strict();

export type EpisodeCuration = z.infer<typeof episodeCurationSchema>;
