// Article texts, kept out of the index: each file under data/articles/ holds a few neighbouring
// articles' texts (dataset-layout.ts), and the app loads the one named by an article's `textFile`
// when the reader opens it. The index (dataset-schema.ts) holds everything else about the article;
// the event sources in the index and the paragraphs here are character offsets into its `text`.
import * as z from 'zod/mini';
import type { Article, Source } from './dataset-schema.ts';
import { articleIdSchema, spanSchema } from './dataset-schema.ts';

export const articleTextSchema = z
  .object({
    /** The article's id in the index. */
    id: articleIdSchema,
    /** The article's original file text, byte-for-byte decoded; every offset points into it. */
    text: z.string(),
    /** The paragraphs kept after boilerplate removal, as spans of `text`, in order. */
    paragraphs: z.array(spanSchema),
  })
  .check(
    z.refine((a) => a.paragraphs.every((p) => p.end <= a.text.length), {
      message: 'a paragraph lies outside the text',
      path: ['paragraphs'],
    }),
  );

export type ArticleText = Readonly<z.infer<typeof articleTextSchema>>;

/** One file of article texts, data/articles/<first article's id>.json. */
export const articleTextFileSchema = z.object({ articles: z.array(articleTextSchema) });

export type ArticleTextFile = Readonly<z.infer<typeof articleTextFileSchema>>;

/**
 * An article as the app indexes it: with every event source read from it, so that its text file,
 * loaded later, can be checked against the quotes. Derived when the index loads, never stored.
 */
export type QuotedArticle = Article & { readonly sources: readonly Source[] };

/**
 * The sources whose quote is not exactly `text.slice(start, end)`: against those the reader would
 * highlight the wrong words. ("Kerry met Lavrov.", [{ start: 0, end: 5, text: "Kerry" }]) → [].
 */
export function getMismatchedSources(text: string, sources: readonly Source[]): Source[] {
  return sources.filter((source) => text.slice(source.start, source.end) !== source.text);
}
