// The per-article half of the pipeline: stages 1–5a on one article, and the story features
// stage 6 groups its events by (those depend only on the text), nothing shared between articles. Being a pure map, it can run on worker threads or separate machines; the
// cross-article half (merge, episodes) is in build-dataset.ts.
import { cleanArticle } from './01-clean.ts';
import { splitSentences } from './02-sentences.ts';
import { findDates } from './03-dates.ts';
import { findActors } from './04-actors.ts';
import { extractArticleEvents, type ArticleEvent } from './05-events.ts';
import { getStoryTexts, packTextFeatures } from './episodes/packed-features.ts';
import { getTextFeatures } from './episodes/story-features.ts';
import { getCuratedActor } from './gazetteer/index.ts';
import { createLanguageLayer } from './language/language-layer.ts';
import { toSlug } from './slug.ts';
import type {
  ActorRecord,
  ActorsResult,
  ArticleInput,
  CleanResult,
  DateMention,
  Sentence,
  Span,
} from './types.ts';

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
  /** Story features of the title and each event's sentences, in the order of getStoryTexts, packed
   *  (episodes/packed-features.ts). */
  readonly storyFeatures: readonly string[];
}

/** How much each stage found in one article, summed over articles by --verbose. */
export interface ArticleCounts {
  readonly paragraphs: number;
  readonly removedSpans: number;
  readonly sentences: number;
  readonly dateMentions: number;
  readonly actorMentions: number;
  readonly placeMentions: number;
  readonly discoveredActors: number;
  readonly articleEvents: number;
}

/**
 * What the cross-article half (build-dataset.ts) reads of a processed article. About a fifth of
 * the size of the whole ProcessedArticle (no sentences, date or place mentions), which matters
 * twice: it is what a worker thread sends back (structured cloning costs by the byte), and what
 * stays in memory until the merge.
 */
export interface ArticleFindings {
  readonly input: ArticleInput;
  readonly baseId: string;
  readonly title: string;
  /** The kept paragraphs' spans in the original text. */
  readonly paragraphs: readonly Span[];
  /** Every actor mentioned, once each, in order of first mention. */
  readonly actorIds: readonly string[];
  readonly discovered: readonly ActorRecord[];
  readonly events: readonly ArticleEvent[];
  readonly storyFeatures: readonly string[];
  readonly counts: ArticleCounts;
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
  const events = extractArticleEvents({
    text: input.text,
    sentences,
    dates,
    actors,
    kindOf,
    language,
    published: input.published,
  });
  const title = getTitle(input, clean, sentences);
  // Read here rather than when episodes are grouped, so that every thread shares the work.
  const storyFeatures = getStoryTexts(title, events).map((text) => packTextFeatures(getTextFeatures(text)));
  return {
    input,
    baseId: toSlug(`${input.published} ${title}`, 70),
    title,
    clean,
    sentences,
    dates,
    actors,
    events,
    storyFeatures,
  };
}

export function toFindings(article: ProcessedArticle): ArticleFindings {
  const { input, baseId, title, clean, sentences, dates, actors, events, storyFeatures } = article;
  return {
    input,
    baseId,
    title,
    paragraphs: clean.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    actorIds: [...new Set([...actors.mentions, ...(actors.owners ?? [])].map((m) => m.actorId))],
    discovered: actors.discovered,
    events,
    storyFeatures,
    counts: {
      paragraphs: clean.paragraphs.length,
      removedSpans: clean.removed.length,
      sentences: sentences.length,
      dateMentions: dates.length,
      actorMentions: actors.mentions.length,
      placeMentions: actors.places.length,
      discoveredActors: actors.discovered.length,
      articleEvents: events.length,
    },
  };
}

/**
 * Manifest title, else the headline, else the first sentence (shortened at a word); after the
 * page's section label ("Analysis: …"), which says the piece argues rather than reports.
 */
function getTitle(input: ArticleInput, clean: CleanResult, sentences: readonly Sentence[]): string {
  const read = clean.headline?.text ?? sentences[0]?.text;
  const title = input.title ?? (read && clean.section ? `${clean.section}: ${read}` : read) ?? input.file;
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = flat.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}
