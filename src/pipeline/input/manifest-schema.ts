// The input folder's manifest.json: one entry per article file.
import { z } from 'zod';
import { isIsoDay, MAX_YEAR, MIN_YEAR } from '../../domain/partial-date.ts';

export const manifestEntrySchema = z.object({
  file: z.string().min(1, 'file name is empty'),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be written YYYY-MM-DD', abort: true })
    // The dataset holds years MIN_YEAR–MAX_YEAR only: said as such, not as "not a real calendar day".
    .refine((date) => Number(date.slice(0, 4)) >= MIN_YEAR && Number(date.slice(0, 4)) <= MAX_YEAR, {
      message: `has a year outside ${MIN_YEAR}–${MAX_YEAR}`,
      abort: true,
    })
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

// The curated episodes.json's schema lives in episode-curation.ts; it is re-exported here, where
// the pipeline has always found it.
export { episodeCurationSchema, type EpisodeCuration } from './episode-curation.ts';
