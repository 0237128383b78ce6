// Invented news read whole, summed up one line an event: "2024-02-20 veto united-states". The
// form the sentence tables of the event tests compare against. Test-only helper.
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

/** Each event of the paragraphs (one string: one paragraph) as "date type agent+agent". */
export function summarizeEvents(paragraphs: string | readonly string[]): string[] {
  const article = toInventedArticle(typeof paragraphs === 'string' ? [paragraphs] : paragraphs);
  return processArticle(article).events.map((e) => `${e.date} ${e.type} ${e.agentIds.join('+')}`);
}
