// Stage 5 (across articles): the same happening reported by several articles becomes one
// event with several sources; every event gets a readable id and a generated title.
// Ids depend only on the event itself (date + title), so adding an unrelated article never
// renames an existing event and shared links keep working.
import type { EventStatus, EventType } from '../../domain/event-types.ts';
import type { Precision } from '../../domain/partial-date.ts';
import { getSpanStart } from '../../domain/partial-date.ts';
import type { ArticleEvent } from '../05-events.ts';
import { toSlug, uniqueSlugs } from '../slug.ts';
import type { ActorRecord, Span } from '../types.ts';
import { makeTitle } from './make-title.ts';
import { withoutGist } from './reported-gist.ts';
import { isSameHappening } from './same-happening.ts';

export interface MergedEvent {
  readonly id: string;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
  readonly type: EventType;
  /** Set for a happening reported as scheduled or intended. */
  readonly status?: EventStatus;
  readonly title: string;
  readonly actorIds: readonly string[];
  readonly agentIds: readonly string[];
  readonly targetIds: readonly string[];
  readonly place: string | null;
  readonly sources: readonly (Span & {
    readonly articleId: string;
    readonly text: string;
    readonly dateText: string;
  })[];
}

export interface ArticleEvents {
  readonly articleId: string;
  readonly events: readonly ArticleEvent[];
}

export function mergeEvents(
  perArticle: readonly ArticleEvents[],
  actorsById: ReadonlyMap<string, ActorRecord>,
): MergedEvent[] {
  type Draft = ArticleEvent & { sources: MergedEvent['sources'] };
  const drafts: Draft[] = [];
  // Only events of one day and type can be the same happening: compare within that bucket,
  // so merging stays linear in the corpus size instead of quadratic.
  const buckets = new Map<string, number[]>();
  for (const { articleId, events } of perArticle) {
    for (const event of events) {
      const sources = event.sources.map((s) => ({ ...s, articleId }));
      const key = `${event.date}|${event.type}`;
      const bucket = buckets.get(key) ?? [];
      buckets.set(key, bucket);
      const twin = bucket.find((i) => isSameHappening(drafts[i]!, event)) ?? -1;
      if (twin < 0) {
        bucket.push(drafts.length);
        drafts.push({ ...event, sources });
        continue;
      }
      const kept = drafts[twin]!;
      const agentIds = union(kept.agentIds, event.agentIds);
      drafts[twin] = {
        ...withoutGist(kept, agentIds),
        agentIds,
        targetIds: union(kept.targetIds, event.targetIds).filter((id) => !kept.agentIds.includes(id)),
        mentionedIds: union(kept.mentionedIds ?? [], event.mentionedIds ?? []),
        place: kept.place ?? event.place,
        sources: [...kept.sources, ...sources],
      };
    }
  }
  const lookup = (ids: readonly string[]) => ids.flatMap((id) => actorsById.get(id) ?? []);
  const titled = drafts.map((d) => ({
    ...d,
    title: makeTitle({
      type: d.type,
      agents: lookup(d.agentIds),
      targets: lookup(d.targetIds),
      place: d.place,
      verb: d.verb,
      object: d.object,
      gist: d.gist,
      status: d.status,
    }),
  }));
  titled.sort(
    (a, b) =>
      compare(getSpanStart(a.date), getSpanStart(b.date)) ||
      compare(a.title, b.title) ||
      compare(a.sources[0]!.articleId, b.sources[0]!.articleId) ||
      a.sources[0]!.start - b.sources[0]!.start,
  );
  const ids = uniqueSlugs(titled.map((e) => toSlug(`${e.date} ${e.title}`, 80)));
  return titled.map((e, i) => ({
    id: ids[i]!,
    date: e.date,
    precision: e.precision,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    type: e.type,
    ...(e.status ? { status: e.status } : {}),
    title: e.title,
    // Agents, targets, then those named in the happening in a part the sentence does not state.
    actorIds: union(union(e.agentIds, e.targetIds), e.mentionedIds ?? []),
    agentIds: e.agentIds,
    targetIds: e.targetIds,
    place: e.place,
    sources: e.sources,
  }));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
