// Which episode each article's headline names. A headline sums up one story, the article's lead:
// an article published after a summit that recalls last month's resolution is headlined about the
// summit, and its headline must not name the resolution's episode too ("Security Council
// resolution on Paris"). The lead is the episode holding most of the article's news events (those
// dated near its publication, story-items.ts); on a tie, the one nearest the publication day.
import type { MergedEvent } from '../events/merge-events.ts';
import { getAnchorDay, isNewsDay, toDayNumber, type ArticleContext } from './story-items.ts';

/** For each article reporting some episode as news, the index of the episode its headline names. */
export function getHeadlineOwners(
  clusters: readonly (readonly MergedEvent[])[],
  articles: ReadonlyMap<string, ArticleContext>,
): Map<string, number> {
  const best = new Map<string, { cluster: number; events: number; distance: number }>();
  const published = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    // Per article: this episode's news events from it, and the nearest one's distance in days.
    const tally = new Map<string, { events: number; distance: number }>();
    for (const event of cluster) {
      const day = getAnchorDay(event);
      for (const { articleId } of event.sources) {
        const article = articles.get(articleId);
        if (!article) continue;
        let at = published.get(articleId);
        if (at === undefined) published.set(articleId, (at = toDayNumber(article.published)));
        if (!isNewsDay(day, at)) continue;
        const known = tally.get(articleId) ?? { events: 0, distance: Infinity };
        tally.set(articleId, {
          events: known.events + 1,
          distance: Math.min(known.distance, Math.abs(day - at)),
        });
      }
    }
    for (const [articleId, { events, distance }] of tally) {
      const held = best.get(articleId);
      if (!held || events > held.events || (events === held.events && distance < held.distance))
        best.set(articleId, { cluster: index, events, distance });
    }
  });
  return new Map([...best].map(([articleId, { cluster }]) => [articleId, cluster]));
}

/** The articles whose headline names episode `index`, as the map nameEpisode reads headlines from. */
export function getOwnedArticles(
  index: number,
  owners: ReadonlyMap<string, number>,
  articles: ReadonlyMap<string, ArticleContext>,
  cluster: readonly MergedEvent[],
): Map<string, ArticleContext> {
  const owned = new Map<string, ArticleContext>();
  for (const event of cluster)
    for (const { articleId } of event.sources)
      if (owners.get(articleId) === index) owned.set(articleId, articles.get(articleId)!);
  return owned;
}
