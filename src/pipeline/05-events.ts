// Stage 5 (per article): one candidate event per dated clause that holds a trigger word.
// A sentence "Kerry met Lavrov on Sunday, before talks on Monday with Netanyahu" gives two
// events; a dated clause without a trigger borrows the nearest earlier clause's trigger.
// Cross-article merging and ids happen later, in events/merge-events.ts.
import type { EventType } from '../domain/event-types.ts';
import type { Precision } from '../domain/partial-date.ts';
import { assignRoles } from './events/assign-roles.ts';
import { splitClauses } from './events/clauses.ts';
import { findTriggers, type TriggerMatch } from './events/find-triggers.ts';
import type { ActorsResult, DateMention, Sentence, Span } from './types.ts';

export interface ArticleEvent {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
  readonly type: EventType;
  readonly agentIds: readonly string[];
  readonly targetIds: readonly string[];
  readonly place: string | null;
  /** The sentence(s) it was read from, offsets into the original text. */
  readonly sources: readonly (Span & { readonly text: string; readonly dateText: string })[];
  /** The trigger word that typed it, for --verbose. */
  readonly trigger: string;
}

export interface EventsInput {
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly actors: ActorsResult;
}

export function extractArticleEvents({ sentences, dates, actors }: EventsInput): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  let previousAgents: readonly string[] = [];
  let previousParagraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraphIndex !== previousParagraph) previousAgents = [];
    previousParagraph = sentence.paragraphIndex;
    const mentions = actors.mentions.filter((m) => m.sentenceIndex === sentence.index);
    const sentenceDates = dates.filter((d) => d.sentenceIndex === sentence.index && d.kind !== 'deadline');
    const triggers = findTriggers(sentence.text);
    const clauses = splitClauses(sentence.text);
    const mainAgents = getMainAgents(sentence, triggers, mentions);
    for (const date of sentenceDates) {
      const relative = date.start - sentence.start;
      const found = findClauseTriggers(clauses, triggers, relative);
      if (!found) continue;
      const { clause, clauseTriggers } = found;
      const dateClause = clauses.find((c) => relative >= c.start && relative < c.end) ?? clause;
      const span = {
        start: Math.min(clause.start, dateClause.start),
        end: Math.max(clause.end, dateClause.end),
      };
      const inSpan = mentions.filter((m) => isWithin(m.start - sentence.start, span));
      const pivot = clauseTriggers[0]!;
      const best = pickType(sentence.text, clauseTriggers);
      const roles = assignRoles(sentence.text, sentence.start, pivot, inSpan);
      const agentIds =
        roles.agentIds.length > 0 ? roles.agentIds : mainAgents.length > 0 ? mainAgents : previousAgents;
      const place = actors.places.find(
        (p) =>
          p.sentenceIndex === sentence.index &&
          isWithin(p.start - sentence.start, span) &&
          isPlacePhrase(sentence, p),
      );
      events.push({
        date: date.date,
        precision: date.precision,
        ...(date.endDate ? { endDate: date.endDate } : {}),
        type: best.trigger.type,
        agentIds,
        targetIds: roles.targetIds.filter((id) => !agentIds.includes(id)),
        place: place?.place ?? null,
        sources: [{ start: sentence.start, end: sentence.end, text: sentence.text, dateText: date.text }],
        trigger: best.text,
      });
    }
    if (mainAgents.length > 0) previousAgents = mainAgents;
  }
  return mergeWithinArticle(events);
}

/** The clause holding the date if it has a trigger, else the nearest earlier one that does. */
function findClauseTriggers(clauses: readonly Span[], triggers: readonly TriggerMatch[], at: number) {
  let index = clauses.findIndex((c) => at >= c.start && at < c.end);
  for (; index >= 0; index--) {
    const clause = clauses[index]!;
    const clauseTriggers = triggers.filter((t) => isWithin(t.start, clause));
    if (clauseTriggers.length > 0) return { clause, clauseTriggers };
  }
  return null;
}

// "said talks would resume": after a speech verb a noun trigger is reported content, unless
// a preposition makes it the setting of the speech ("told him in a phone call").
const SETTING = /\b(?:in|during|at|by|via|on)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i;

/** The clause's event type: its highest-ranked trigger that is not reported content. */
function pickType(sentence: string, triggers: readonly TriggerMatch[]): TriggerMatch {
  const speech = triggers.find((t) => t.trigger.type === 'statement');
  const eligible = triggers.filter(
    (t) =>
      !speech ||
      t.start < speech.start ||
      !t.trigger.noun ||
      SETTING.test(sentence.slice(Math.max(0, t.start - 24), t.start)),
  );
  return eligible.reduce((a, b) => (b.trigger.rank > a.trigger.rank ? b : a));
}

/** Actors named before the sentence's first trigger: its grammatical subject, usually. */
function getMainAgents(
  sentence: Sentence,
  triggers: readonly TriggerMatch[],
  mentions: ActorsResult['mentions'],
) {
  const first = triggers[0];
  if (!first) return [];
  return [...new Set(mentions.filter((m) => m.start - sentence.start < first.start).map((m) => m.actorId))];
}

// "in Rome", "at the UN in New York": a place named as the scene, not as a subject.
function isPlacePhrase(sentence: Sentence, place: Span): boolean {
  const before = sentence.text.slice(
    Math.max(0, place.start - sentence.start - 8),
    place.start - sentence.start,
  );
  return /\b(?:in|at|to|from)\s+(?:the\s+)?$/i.test(before);
}

function isWithin(offset: number, span: Span): boolean {
  return offset >= span.start && offset < span.end;
}

/** One happening told twice in one article (lead and body) is one event with two sources. */
function mergeWithinArticle(events: readonly ArticleEvent[]): ArticleEvent[] {
  const merged: ArticleEvent[] = [];
  for (const event of events) {
    const twin = merged.findIndex((m) => isSameHappening(m, event));
    if (twin < 0) {
      merged.push(event);
      continue;
    }
    const kept = merged[twin]!;
    const sources = kept.sources.some((s) => s.start === event.sources[0]!.start)
      ? kept.sources
      : [...kept.sources, ...event.sources];
    merged[twin] = {
      ...kept,
      agentIds: [...new Set([...kept.agentIds, ...event.agentIds])],
      targetIds: [...new Set([...kept.targetIds, ...event.targetIds])].filter(
        (id) => !kept.agentIds.includes(id) && !event.agentIds.includes(id),
      ),
      place: kept.place ?? event.place,
      sources,
    };
  }
  return merged;
}

export function isSameHappening(a: ArticleEvent, b: ArticleEvent): boolean {
  if (a.date !== b.date || a.type !== b.type) return false;
  const actorsA = new Set([...a.agentIds, ...a.targetIds]);
  const shared = [...b.agentIds, ...b.targetIds].some((id) => actorsA.has(id));
  return shared || (actorsA.size === 0 && b.agentIds.length + b.targetIds.length === 0);
}
