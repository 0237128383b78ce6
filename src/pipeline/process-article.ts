// The per-article half of the pipeline: stages 1–5a on one article, nothing shared between
// articles. Being a pure map, it can run on worker threads or separate machines; the
// cross-article half (merge, episodes) is in build-dataset.ts.
import { cleanArticle } from './01-clean.ts';
import { splitSentences } from './02-sentences.ts';
import { findDates } from './03-dates.ts';
import { findActors } from './04-actors.ts';
import { extractArticleEvents, type ArticleEvent } from './05-events.ts';
import { getCuratedActor } from './gazetteer/index.ts';
import { createLanguageLayer } from './language/language-layer.ts';
import { toSlug } from './slug.ts';
import type { ActorsResult, ArticleInput, CleanResult, DateMention, Sentence } from './types.ts';

export interface ProcessedArticle {
  readonly input: ArticleInput;
  /** Slug id from the publication date and title; made unique across articles later. */
  readonly baseId: string;
  readonly title: string;
  readonly clean: CleanResult;
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly actors: ActorsResult;
  readonly events: readonly ArticleEvent[];
}

const MAX_TITLE = 120;

export function processArticle(input: ArticleInput): ProcessedArticle {
  const clean = cleanArticle(input.text);
  const sentences = splitSentences(input.text, clean.paragraphs);
  // Read on demand and shared: a stage that needs tags, lemmas or verb groups asks it. Not part
  // of ProcessedArticle, which crosses worker threads as plain data.
  const language = createLanguageLayer();
  const dates = findDates(input.text, sentences, input.published);
  const actors = findActors(input.text, sentences, input.published);
  const discovered = new Map(actors.discovered.map((a) => [a.id, a.kind]));
  const kindOf = (id: string) => getCuratedActor(id)?.kind ?? discovered.get(id);
  const events = extractArticleEvents({ text: input.text, sentences, dates, actors, kindOf, language });
  const title = getTitle(input, clean, sentences);
  return {
    input,
    baseId: toSlug(`${input.published} ${title}`, 70),
    title,
    clean,
    sentences,
    dates,
    actors,
    events,
  };
}

/** Manifest title, else the headline, else the first sentence (shortened at a word). */
function getTitle(input: ArticleInput, clean: CleanResult, sentences: readonly Sentence[]): string {
  const title = input.title ?? clean.headline?.text ?? sentences[0]?.text ?? input.file;
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = flat.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}
