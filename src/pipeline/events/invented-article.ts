// Invented news for tests: sentences read as one article published on a Wednesday, 2024-02-21,
// so "on Tuesday" is 2024-02-20 in a past clause and 2024-02-27 in a future one. The headline
// stands first, as a real article's does. Test-only helper.
import type { ArticleInput } from '../types.ts';

export const PUBLISHED = '2024-02-21';

export function toInventedArticle(
  paragraphs: readonly string[],
  headline = 'Security Council diplomacy',
): ArticleInput {
  const text = [headline, ...paragraphs].join('\n\n');
  return { file: 't.txt', text, published: PUBLISHED, outlet: null, url: null, title: null };
}
