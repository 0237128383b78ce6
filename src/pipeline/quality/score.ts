// Scores a built dataset against a gold annotation. Pure: dataset and gold in, figures out.
//
//   dateRecall    = found / happenings. A gold happening is FOUND when some event sourced
//                   from its article matches it (match.ts: compatible date AND ≥1 shared actor).
//   datePrecision = eventsCorrect / eventsEmitted. An emitted event is CORRECT when it matches
//                   some gold happening of its article by that same rule. An event merged from
//                   several articles is counted once per gold article it is sourced from.
//   typeAccuracy  = found happenings with a matching event of the gold type / found.
//   actorRecall   = gold named actors present in the article's actorIds / gold named actors.
//   boilerplatePeople: see boilerplate.ts; must be empty.
// A ratio over nothing (no happenings, no events) is 1: there was nothing to get wrong.
import type { Article, Dataset, DiplomaticEvent } from '../../domain/dataset-schema.ts';
import type { Precision } from '../../domain/partial-date.ts';
import { GAZETTEER } from '../gazetteer/index.ts';
import { findBoilerplateActors } from './boilerplate.ts';
import type { Gold, GoldArticle, GoldHappening } from './gold-schema.ts';
import { isDateCompatible, isMatch, sharesActor } from './match.ts';

export interface Miss {
  readonly file: string;
  readonly happening: GoldHappening;
  /** Events of the article with a compatible date or a shared actor (not both): near misses. */
  readonly nearEvents: readonly EmittedEvent[];
}

export interface EmittedEvent {
  readonly file: string;
  readonly id: string;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string | undefined;
  readonly type: string;
  readonly actorIds: readonly string[];
  readonly dateText: string;
  /** The sentence(s) of this article the event was read from. */
  readonly sentence: string;
}

export interface FileScore {
  readonly file: string;
  readonly happenings: number;
  readonly found: number;
  readonly eventsEmitted: number;
  readonly eventsCorrect: number;
  readonly namedActors: number;
  readonly linkedActors: number;
}

export interface QualityScore {
  readonly happenings: number;
  readonly found: number;
  readonly dateRecall: number;
  readonly eventsEmitted: number;
  readonly eventsCorrect: number;
  readonly datePrecision: number;
  readonly typeMatches: number;
  readonly typeAccuracy: number;
  readonly namedActors: number;
  readonly linkedActors: number;
  readonly actorRecall: number;
  /** Gold named actors missing from their article's actorIds, as "file: actor-id". */
  readonly unlinkedActors: readonly string[];
  readonly boilerplatePeople: readonly string[];
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly EmittedEvent[];
  readonly files: readonly FileScore[];
}

/** Gazetteer places with their aliases: no actor may be named like one. */
export const GAZETTEER_PLACE_NAMES: readonly string[] = GAZETTEER.places.flatMap((p) => [
  p.name,
  ...p.aliases,
]);

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function toEmitted(event: DiplomaticEvent, article: Article): EmittedEvent {
  const sources = event.sources.filter((s) => s.articleId === article.id);
  return {
    file: article.file,
    id: event.id,
    date: event.date,
    precision: event.precision,
    endDate: event.endDate,
    type: event.type,
    actorIds: event.actorIds,
    dateText: sources.map((s) => s.dateText).join(' / '),
    sentence: sources.map((s) => s.text).join(' … '),
  };
}

function scoreArticle(
  goldArticle: GoldArticle,
  article: Article | undefined,
  events: readonly DiplomaticEvent[],
) {
  const emitted = article
    ? events
        .filter((e) => e.sources.some((s) => s.articleId === article.id))
        .map((e) => toEmitted(e, article))
    : [];
  const misses: Miss[] = [];
  let found = 0;
  let typeMatches = 0;
  for (const happening of goldArticle.happenings) {
    const matching = emitted.filter((e) => isMatch(e, happening));
    if (matching.length > 0) {
      found += 1;
      if (matching.some((e) => e.type === happening.type)) typeMatches += 1;
    } else {
      const near = emitted.filter((e) => isDateCompatible(e, happening) || sharesActor(e, happening));
      misses.push({ file: goldArticle.file, happening, nearEvents: near });
    }
  }
  const falsePositives = emitted.filter((e) => !goldArticle.happenings.some((h) => isMatch(e, h)));
  const linked = new Set<string>(article?.actorIds ?? []);
  const unlinked = goldArticle.namedActors.filter((id) => !linked.has(id));
  const file: FileScore = {
    file: goldArticle.file,
    happenings: goldArticle.happenings.length,
    found,
    eventsEmitted: emitted.length,
    eventsCorrect: emitted.length - falsePositives.length,
    namedActors: goldArticle.namedActors.length,
    linkedActors: goldArticle.namedActors.length - unlinked.length,
  };
  return {
    file,
    typeMatches,
    misses,
    falsePositives,
    unlinked: unlinked.map((id) => `${goldArticle.file}: ${id}`),
  };
}

export function scoreDataset(
  dataset: Dataset,
  gold: Gold,
  placeNames: readonly string[] = GAZETTEER_PLACE_NAMES,
): QualityScore {
  const byFile = new Map(dataset.articles.map((a) => [a.file, a]));
  const results = gold.articles.map((g) => scoreArticle(g, byFile.get(g.file), dataset.events));
  const files = results.map((r) => r.file);
  const sum = (f: (s: FileScore) => number) => files.reduce((n, s) => n + f(s), 0);
  const happenings = sum((s) => s.happenings);
  const found = sum((s) => s.found);
  const eventsEmitted = sum((s) => s.eventsEmitted);
  const eventsCorrect = sum((s) => s.eventsCorrect);
  const namedActors = sum((s) => s.namedActors);
  const linkedActors = sum((s) => s.linkedActors);
  const typeMatches = results.reduce((n, r) => n + r.typeMatches, 0);
  const neverPeople = gold.articles.flatMap((a) => a.neverPeople);
  return {
    happenings,
    found,
    dateRecall: ratio(found, happenings),
    eventsEmitted,
    eventsCorrect,
    datePrecision: ratio(eventsCorrect, eventsEmitted),
    typeMatches,
    typeAccuracy: ratio(typeMatches, found),
    namedActors,
    linkedActors,
    actorRecall: ratio(linkedActors, namedActors),
    unlinkedActors: results.flatMap((r) => r.unlinked),
    boilerplatePeople: findBoilerplateActors(dataset.actors, neverPeople, placeNames),
    misses: results.flatMap((r) => r.misses),
    falsePositives: results.flatMap((r) => r.falsePositives),
    files,
  };
}
