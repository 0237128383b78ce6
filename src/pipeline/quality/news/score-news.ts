// Scores a built dataset against a news gold file (news-gold-schema.ts). Pure: data in, figures out.
//
//   dateRecall    gold happenings for which an event of that article has the same date, each
//                 event's date cut to its own precision ("2016-12-01" at month precision is "2016-12");
//   eventRecall   the same, and that event links at least one of the gold actors;
//   datePrecision day-precision events whose date is a gold date or one of the article's optional dates;
//   actorRecall   expected actors linked to the article or its events;
//   junk          actors named like boilerplate (any kind) or like a place (as a person), plus
//                 forbidden actors linked to their article;
//   agentRecall   gold happenings with agents for which an event on that date has one as agent;
//   falseVetoes   veto events matching no veto the article reports (date at either precision, by whom);
//   falseClaims   events read from a sentence the gold says reports something that did not happen,
//                 with that sentence's type, not marked planned;
//   typeAgreement matched happenings with a type in the gold for which a same-date event has it.
// A ratio over nothing is 1: there was nothing to get wrong.
import type { Actor, DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import type { FullDataset } from '../../../domain/full-dataset-schema.ts';
import type { NewsGold } from './news-gold-schema.ts';

export interface NewsScore {
  readonly happenings: number;
  readonly dateRecall: number;
  readonly eventRecall: number;
  readonly datePrecision: number;
  readonly actorRecall: number;
  readonly agentRecall: number;
  readonly typeAgreement: number;
  readonly junk: number;
  readonly falseVetoes: number;
  readonly falseClaims: number;
  /** One line per miss, false positive or wrong link, for the report. */
  readonly findings: readonly string[];
}

/** Lower case, accents and dots dropped, any other run of non-alphanumerics one space. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PRECISION_LENGTH = { day: 10, month: 7, year: 4 } as const;
const dateKey = (e: DiplomaticEvent) => e.date.slice(0, PRECISION_LENGTH[e.precision]);
const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

export function scoreNews(dataset: FullDataset, gold: NewsGold): NewsScore {
  const actorsById = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const namesOf = (id: string) => {
    const actor = actorsById.get(id);
    return actor ? [actor.name, ...actor.aliases].map(normalizeName) : [];
  };
  const spellings = (goldName: string) =>
    new Set([goldName, ...(gold.aliases[goldName] ?? [])].map(normalizeName));
  const isAny = (ids: readonly string[], goldNames: readonly string[]) => {
    const wanted = new Set(goldNames.flatMap((n) => [...spellings(n)]));
    return ids.some((id) => namesOf(id).some((n) => wanted.has(n)));
  };
  const findings: string[] = [];
  const count = {
    happenings: 0,
    dated: 0,
    matched: 0,
    withAgents: 0,
    agentHits: 0,
    typed: 0,
    typeHits: 0,
    dayEvents: 0,
    dayCorrect: 0,
    actors: 0,
    actorHits: 0,
    junk: 0,
    vetoes: 0,
    claims: 0,
  };
  const articleByFile = new Map(dataset.articles.map((a) => [a.file.split('/').pop()!, a]));
  const textById = new Map(dataset.articleTexts.map((t) => [t.id as string, t.text]));

  for (const [file, g] of Object.entries(gold.articles)) {
    const article = articleByFile.get(file);
    if (!article) {
      findings.push(`${file}: not in the dataset`);
      count.happenings += g.events.length;
      count.actors += g.actors.length;
      continue;
    }
    const events = dataset.events.filter((e) => e.sources.some((s) => s.articleId === article.id));
    const goldDates = new Set([...g.events.map((e) => e.date), ...g.optionalDates]);
    for (const e of events) {
      if (e.precision !== 'day') continue;
      count.dayEvents++;
      if (goldDates.has(dateKey(e))) count.dayCorrect++;
      else findings.push(`${file}: extra or wrongly dated ${e.date} "${e.title}"`);
    }
    for (const e of events.filter((x) => x.type === 'veto')) {
      const key = dateKey(e);
      const real = (g.vetoes ?? []).some(
        (v) => (key.startsWith(v.date) || v.date.startsWith(key)) && isAny(e.agentIds, v.by),
      );
      if (!real) {
        count.vetoes++;
        findings.push(`${file}: false veto ${e.date} "${e.title}"`);
      }
    }
    const text = textById.get(article.id) ?? '';
    for (const non of g.nonEvents) {
      const start = text.indexOf(non.sentence);
      if (start < 0) {
        findings.push(`${file}: nonEvent sentence not in the text: "${non.sentence.slice(0, 50)}"`);
        continue;
      }
      const end = start + non.sentence.length;
      const claims = events.filter(
        (e) =>
          e.type === non.type &&
          e.status !== 'planned' &&
          e.sources.some((s) => s.articleId === article.id && s.start < end && s.end > start),
      );
      for (const e of claims) findings.push(`${file}: ${non.why} happening emitted as done: "${e.title}"`);
      count.claims += claims.length;
    }
    for (const ge of g.events) {
      count.happenings++;
      const same = events.filter((e) => dateKey(e) === ge.date);
      if (same.length === 0) {
        findings.push(`${file}: no event on ${ge.date} (${ge.what})`);
        continue;
      }
      count.dated++;
      if (same.some((e) => isAny(e.actorIds, ge.actors))) count.matched++;
      else findings.push(`${file}: event on ${ge.date} lacks any of [${ge.actors.join(', ')}] (${ge.what})`);
      if (ge.agents) {
        count.withAgents++;
        if (same.some((e) => isAny(e.agentIds, ge.agents!))) count.agentHits++;
        else
          findings.push(
            `${file}: no event on ${ge.date} has any of [${ge.agents.join(', ')}] acting (${ge.what})`,
          );
      }
      if (ge.type) {
        count.typed++;
        if (same.some((e) => e.type === ge.type)) count.typeHits++;
        else
          findings.push(
            `${file}: no ${ge.type} on ${ge.date}, only ${[...new Set(same.map((e) => e.type))].join(', ')} (${ge.what})`,
          );
      }
    }
    const linked = [...new Set([...article.actorIds, ...events.flatMap((e) => e.actorIds)])];
    for (const n of g.forbidden)
      if (isAny(linked, [n])) {
        count.junk++;
        findings.push(`${file}: wrongly linked ${n}`);
      }
    for (const n of g.actors) {
      count.actors++;
      if (isAny(linked, [n])) count.actorHits++;
      else findings.push(`${file}: actor not linked: ${n}`);
    }
  }
  const junkAny = new Set(gold.junkAny.map(normalizeName));
  const junkPerson = new Set(gold.junkPerson.map(normalizeName));
  const goldArticleIds = new Set(
    Object.keys(gold.articles).flatMap((f) => {
      const id = articleByFile.get(f)?.id;
      return id ? [id as string] : [];
    }),
  );
  // Only actors these articles produced: another corpus ingested alongside is not this gold's business.
  const ownActorIds = new Set(
    dataset.articles.filter((a) => goldArticleIds.has(a.id)).flatMap((a) => a.actorIds as readonly string[]),
  );
  for (const actor of dataset.actors) {
    if (!ownActorIds.has(actor.id)) continue;
    const names = namesOf(actor.id);
    if (names.some((n) => junkAny.has(n) || (actor.kind === 'person' && junkPerson.has(n)))) {
      count.junk++;
      findings.push(`junk actor: ${actor.name} (${actor.kind})`);
    }
  }
  return {
    happenings: count.happenings,
    dateRecall: ratio(count.dated, count.happenings),
    eventRecall: ratio(count.matched, count.happenings),
    datePrecision: ratio(count.dayCorrect, count.dayEvents),
    actorRecall: ratio(count.actorHits, count.actors),
    agentRecall: ratio(count.agentHits, count.withAgents),
    typeAgreement: ratio(count.typeHits, count.typed),
    junk: count.junk,
    falseVetoes: count.vetoes,
    falseClaims: count.claims,
    findings,
  };
}
