// Ids in a shared link that this dataset does not have: each gets a polite sentence for the
// notice, and the rest of the view still opens. Pure, so it is tested without a browser.
import type { QuotedArticle } from '../../domain/article-text-schema.ts';
import type { QuoteSpan, UrlState } from '../features/url-state/index.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';

export function getLinkMessages(state: UrlState, index: DatasetIndex): string[] {
  const messages: string[] = [];
  if (state.event && !index.eventsById.has(state.event)) {
    messages.push(`The link names an event (“${state.event}”) that this dataset does not have.`);
  }
  if (state.actor && !index.actorsById.has(state.actor)) {
    messages.push(`The link names an actor (“${state.actor}”) that this dataset does not have.`);
  }
  const unknownActors = state.actors.filter((id) => !index.actorsById.has(id));
  if (unknownActors.length > 0) {
    messages.push(`The actor filter names actors this dataset does not have: ${unknownActors.join(', ')}.`);
  }
  if (state.article && !index.articlesById.has(state.article)) {
    messages.push(`The link names an article (“${state.article}”) that this dataset does not have.`);
  } else if (state.article && state.quote && getReader(state, index).quote === null) {
    messages.push(
      'The link highlights a passage that none of the article’s events quotes; it is shown unmarked.',
    );
  }
  return messages;
}

/**
 * The article the reader shows and the passage it marks. Only a passage that one of the article's
 * events quotes is marked, so a link cannot make the app present arbitrary text as a source.
 */
export function getReader(
  state: UrlState,
  index: DatasetIndex,
): { article: QuotedArticle | null; quote: QuoteSpan | null } {
  const article = state.article ? (index.articlesById.get(state.article) ?? null) : null;
  const { quote } = state;
  if (!article || !quote) return { article, quote: null };
  const quoted = article.sources.some((s) => s.start === quote.start && s.end === quote.end);
  return { article, quote: quoted ? quote : null };
}
