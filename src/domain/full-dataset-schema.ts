// What the pipeline builds and validates whole before it writes anything: the index plus every
// article's text, so every cross-check (each quote is exactly its article's text at its offsets)
// still runs at build time. It is written as separate files (dataset-layout.ts); the app checks
// each article's text against the quotes again when it loads that file.
import type { core } from 'zod/mini';
import * as z from 'zod/mini';
import { articleTextSchema, getMismatchedSources } from './article-text-schema.ts';
import { checkReferences, datasetShape } from './dataset-schema.ts';

const fullDatasetObject = z.object({
  ...datasetShape,
  /** One per article, in the order of `articles`. */
  articleTexts: z.array(articleTextSchema),
});

function checkArticleTexts(full: z.infer<typeof fullDatasetObject>, ctx: core.$RefinementCtx): void {
  const textsById = new Map(full.articleTexts.map((t) => [t.id as string, t]));
  const articleIds = new Set<string>(full.articles.map((a) => a.id));
  const issue = (message: string) => ctx.addIssue({ code: 'custom', input: full, message });
  if (textsById.size !== full.articleTexts.length) issue('an article has more than one text');
  for (const id of articleIds) if (!textsById.has(id)) issue(`article ${id} has no text`);
  for (const id of textsById.keys()) if (!articleIds.has(id)) issue(`the text "${id}" belongs to no article`);
  for (const event of full.events) {
    for (const source of event.sources) {
      const article = textsById.get(source.articleId);
      // Offsets are what the reader highlights: the quoted text must be exactly that span.
      if (article && getMismatchedSources(article.text, [source]).length > 0) {
        issue(`event ${event.id}: source text is not the article text at ${source.start}–${source.end}`);
      }
    }
  }
}

export const fullDatasetSchema = fullDatasetObject.check(
  z.superRefine((full, ctx) => {
    checkReferences(full, ctx);
    checkArticleTexts(full, ctx);
  }),
);

/** The index and the texts, in memory: what the pipeline produces and the bench generates. */
export type FullDataset = Readonly<z.infer<typeof fullDatasetSchema>>;
